package org.carepay.ingest;

import org.carepay.ingest.InboxStore.PriorFile;

/** The same bytes twice: skipped when taken in before, rejected again when rejected before. */
final class Verdicts {

    private Verdicts() {
    }

    static void repeat(InboxStore store, InboxFile file, PriorFile prior) {
        if (prior.status().equals("TAKEN_IN")) {
            store.skip(file, "same bytes as " + prior.path() + ", taken in before");
        } else {
            store.reject(file, prior.rejectCode(), prior.rejectDetail() + " (same bytes as " + prior.path() + ")");
        }
    }
}
