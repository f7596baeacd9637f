package org.carepay.ingest;

import org.carepay.ingest.format.InboxKind;

/** One file of one ingest, as registered in inbox_file. */
record InboxFile(long id, long ingestId, int seq, InboxKind kind, String path, String sha256) {
}
