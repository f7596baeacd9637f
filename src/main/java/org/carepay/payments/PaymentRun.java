package org.carepay.payments;

import java.time.LocalDate;

/** One payment run: its id tells its kind, week and attempt (HC-2026-11-16-1). */
public record PaymentRun(String runId, RunKind kind, LocalDate weekStart, int attempt, RunStatus status,
                         String startedBy, LocalDate proposedOn, String approvedBy) {

    static String idOf(RunKind kind, LocalDate weekStart, int attempt) {
        return kind.prefix() + "-" + weekStart + "-" + attempt;
    }
}
