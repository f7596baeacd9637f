package org.carepay.payments;

import java.time.LocalDate;

/**
 * One payment or billing run: its id tells its kind, week and attempt (HC-2026-11-16-1).
 *
 * @param weekStart the Monday of its week; for a billing run the first Monday of its period
 */
public record PaymentRun(String runId, RunKind kind, LocalDate weekStart, int attempt, RunStatus status,
                         String startedBy, LocalDate proposedOn, String approvedBy) {

    static String idOf(RunKind kind, LocalDate weekStart, int attempt) {
        return kind.prefix() + "-" + weekStart + "-" + attempt;
    }
}
