package org.carepay.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The contribution rows of ONE client. Ingest refuses overlapping rows of a client
 * (OVERLAPPING_CONTRIBUTION), so at most one row covers a day; two here are a caller's bug.
 */
public record ContributionHistory(List<Contribution> rows) {

    /** No row at all: contribution 0 on every day. Also what a client's second NET package gets (see R3). */
    public static final ContributionHistory NONE = new ContributionHistory(List.of());

    public ContributionHistory {
        rows = List.copyOf(rows);
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (rows.get(i).overlaps(rows.get(j))) {
                    throw new IllegalArgumentException("overlapping contributions: " + rows.get(i) + " and "
                            + rows.get(j));
                }
            }
        }
    }

    /** R1: the row with effective_from ≤ d ≤ effective_to, or empty when none. */
    public Optional<Contribution> on(LocalDate d) {
        return rows.stream().filter(row -> row.coversDay(d)).findFirst();
    }
}
