package org.carepay.payments.review;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * R8's thresholds, which a council can change; {@link #DEFAULT} holds the specification's values (in
 * bold in rules.md). Every run records the values it used ({@link #values()}).
 *
 * @param varianceFraction a provider's total is flagged when it differs from the mean of its last
 *                         released runs by more than this fraction of the mean (0.25 = 25 %) ...
 * @param varianceAmount   ... and by more than this amount (500.00)
 * @param largeLine        a line whose amount is more than this is flagged (5000.00)
 * @param bankChangeDays   bank details changed this many days before the proposal, or later, are
 *                         flagged (28)
 */
public record QaPolicy(BigDecimal varianceFraction, BigDecimal varianceAmount, BigDecimal largeLine,
                       int bankChangeDays) {

    public static final QaPolicy DEFAULT =
            new QaPolicy(new BigDecimal("0.25"), new BigDecimal("500.00"), new BigDecimal("5000.00"), 28);

    public QaPolicy {
        Objects.requireNonNull(varianceFraction, "varianceFraction");
        if (varianceFraction.signum() < 0) {
            throw new IllegalArgumentException("varianceFraction must be 0 or more: " + varianceFraction);
        }
        notNegative(Money.pennies(varianceAmount, "varianceAmount"), "varianceAmount");
        notNegative(Money.pennies(largeLine, "largeLine"), "largeLine");
        if (bankChangeDays < 0) {
            throw new IllegalArgumentException("bankChangeDays must be 0 or more: " + bankChangeDays);
        }
    }

    private static void notNegative(BigDecimal amount, String what) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must be 0 or more: " + amount.toPlainString());
        }
    }

    /**
     * The values under the names a run records them by, in name order, for summary.json and the QA
     * report: amounts with 2 decimals, the fraction as a plain decimal without trailing zeros.
     */
    public SortedMap<String, String> values() {
        SortedMap<String, String> values = new TreeMap<>();
        values.put("qa.bank_change_days", Integer.toString(bankChangeDays));
        values.put("qa.large_line", Money.text(largeLine));
        values.put("qa.variance_amount", Money.text(varianceAmount));
        values.put("qa.variance_fraction", varianceFraction.stripTrailingZeros().toPlainString());
        return Collections.unmodifiableSortedMap(values);
    }
}
