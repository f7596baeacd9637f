package org.carepay.payments.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One provider in a proposed run, with what R8 compares it to.
 *
 * @param providerId           the provider
 * @param supplierRef          its supplier number in AP
 * @param total                what the run pays it (whole pennies; may be 0 or negative)
 * @param lineCount            its payment lines in the run
 * @param lastReleasedTotals   its totals in the last (up to) {@value #HISTORY_RUNS} RELEASED runs of the
 *                             same kind, newest first; empty when it has none
 * @param bankDetailsChangedOn providers.csv's bank_details_changed_on, null when empty
 */
public record ProviderTotal(String providerId, String supplierRef, BigDecimal total, int lineCount,
                            List<BigDecimal> lastReleasedTotals, LocalDate bankDetailsChangedOn) {

    /** R8: "the mean of its last 4 released runs". */
    public static final int HISTORY_RUNS = 4;

    public ProviderTotal {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(supplierRef, "supplierRef");
        Money.pennies(total, "total");
        if (lineCount < 0) {
            throw new IllegalArgumentException("lineCount must be 0 or more: " + lineCount);
        }
        lastReleasedTotals = List.copyOf(lastReleasedTotals); // also refuses null elements
        if (lastReleasedTotals.size() > HISTORY_RUNS) {
            // More would silently change the mean R8 defines: the caller must take the newest 4.
            throw new IllegalArgumentException(providerId + ": more than " + HISTORY_RUNS
                    + " released totals: " + lastReleasedTotals.size());
        }
        lastReleasedTotals.forEach(amount -> Money.pennies(amount, "lastReleasedTotals"));
    }

    public boolean hasHistory() {
        return !lastReleasedTotals.isEmpty();
    }

    /** How many released runs the mean is over: 0 to 4. */
    public int historyRuns() {
        return lastReleasedTotals.size();
    }

    /** The sum of the released totals: the mean is this ÷ {@link #historyRuns()}, kept exact. */
    public BigDecimal historySum() {
        return lastReleasedTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The mean of the released totals rounded half up to the penny, for display; null with no history. */
    public BigDecimal meanToThePenny() {
        return hasHistory()
                ? historySum().divide(BigDecimal.valueOf(historyRuns()), 2, RoundingMode.HALF_UP)
                : null;
    }

    /** Whether the mean is a whole number of pennies (so {@link #meanToThePenny()} is exact). */
    public boolean meanIsWholePennies() {
        return hasHistory() && historySum().movePointRight(2)
                .remainder(BigDecimal.valueOf(historyRuns())).signum() == 0;
    }
}
