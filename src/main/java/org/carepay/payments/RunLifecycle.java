package org.carepay.payments;

import java.time.OffsetDateTime;

/**
 * Who did what to a run and when: the names given (started by, approved by) and beside them the
 * operating-system accounts that typed the commands.
 */
public record RunLifecycle(String runId, String status, Step proposed, Step approved, Step released) {

    /** Who did what and when, in one line: "proposed by ann (account root) at 2026-12-02T09:00:00Z, ...". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        describe(text, "proposed", proposed);
        describe(text, "approved", approved);
        describe(text, "released", released);
        return text.toString();
    }

    private static void describe(StringBuilder text, String what, Step step) {
        if (step.happened()) {
            text.append(text.isEmpty() ? "" : ", ").append(what).append(step.name() == null ? "" : " by " + step.name())
                    .append(" (account ").append(step.osAccount()).append(')')
                    .append(step.at() == null ? "" : " at " + step.at().toInstant());
        }
    }

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
