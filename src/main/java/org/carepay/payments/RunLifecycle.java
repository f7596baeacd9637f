package org.carepay.payments;

import java.time.OffsetDateTime;

/**
 * Who did what to a run and when: the names given (started by, approved by) and beside them the
 * operating-system accounts that typed the commands.
 */
public record RunLifecycle(String runId, String status, Step proposed, Step approved, Step released) {

    /**
     * @param at        when, or null when it has not happened (or happened before Carepay recorded it)
     * @param name      the name given (none for a release: it only carries out the approval)
     * @param osAccount the operating-system account of the command
     */
    public record Step(OffsetDateTime at, String name, String osAccount) {

        public boolean happened() {
            return at != null || name != null;
        }
    }
}
