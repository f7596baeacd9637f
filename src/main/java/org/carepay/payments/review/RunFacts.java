package org.carepay.payments.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a payment run is (operations.md "Runs").
 *
 * @param kind       HOMECARE or SCHEDULED
 * @param weekStart  the run's week (a Monday)
 * @param status     PROPOSED, APPROVED, RELEASED or SUPERSEDED
 * @param proposedOn the date the run was first proposed
 */
public record RunFacts(String runId, String kind, LocalDate weekStart, String status, LocalDate proposedOn) {

    private static final Set<String> KINDS = Set.of("HOMECARE", "SCHEDULED");
    private static final Set<String> STATUSES = Set.of("PROPOSED", "APPROVED", "RELEASED", "SUPERSEDED");

    public RunFacts {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(proposedOn, "proposedOn");
        // A typo here would be written into files the auditors keep: refuse it instead.
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be HOMECARE or SCHEDULED: " + kind);
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES + ": " + status);
        }
    }
}
