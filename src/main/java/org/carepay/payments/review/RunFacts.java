package org.carepay.payments.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a payment or billing run is (operations.md "Runs").
 *
 * @param kind       HOMECARE, SCHEDULED or BILLING
 * @param weekStart  the run's week (a Monday), or a billing run's first Monday
 * @param status     PROPOSED, APPROVED, RELEASED or SUPERSEDED
 * @param proposedOn the date the run was first proposed
 */
public record RunFacts(String runId, String kind, LocalDate weekStart, String status, LocalDate proposedOn) {

    public static final String BILLING = "BILLING";
    private static final Set<String> KINDS = Set.of("HOMECARE", "SCHEDULED", BILLING);
    private static final Set<String> STATUSES = Set.of("PROPOSED", "APPROVED", "RELEASED", "SUPERSEDED");

    public RunFacts {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(proposedOn, "proposedOn");
        // A typo here would be written into files the auditors keep: refuse it instead.
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be HOMECARE, SCHEDULED or BILLING: " + kind);
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES + ": " + status);
        }
    }
}
