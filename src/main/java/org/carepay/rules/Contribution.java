package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of contributions.csv for a client: the assessed weekly contribution from a date.
 *
 * @param assessmentType NON_RESIDENTIAL, RESIDENTIAL, NIL or FULL_COST
 * @param effectiveTo    null: open
 * @param weeklyAmount   0 for NIL and FULL_COST (ingest refuses anything else)
 */
public record Contribution(String assessmentType, LocalDate effectiveFrom, LocalDate effectiveTo,
        BigDecimal weeklyAmount) {

    public static final String NON_RESIDENTIAL = "NON_RESIDENTIAL";
    public static final String RESIDENTIAL = "RESIDENTIAL";
    public static final String NIL = "NIL";
    public static final String FULL_COST = "FULL_COST";

    public Contribution {
        Objects.requireNonNull(assessmentType, "assessmentType");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(weeklyAmount, "weeklyAmount");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("a contribution cannot end (" + effectiveTo + ") before it starts ("
                    + effectiveFrom + ")");
        }
    }

    /** R1: the row of day d when effective_from ≤ d ≤ effective_to. */
    public boolean coversDay(LocalDate d) {
        return !d.isBefore(effectiveFrom) && (effectiveTo == null || !d.isAfter(effectiveTo));
    }

    boolean overlaps(Contribution other) {
        return (effectiveTo == null || !other.effectiveFrom.isAfter(effectiveTo))
                && (other.effectiveTo == null || !effectiveFrom.isAfter(other.effectiveTo));
    }
}
