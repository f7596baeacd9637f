package org.carepay.payments.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Money as the output files show it: exactly 2 decimals, a leading '-' when negative. */
public final class Money {

    private Money() {
    }

    /**
     * An amount of money must be whole pennies: every amount Carepay pays is, so a third decimal is a
     * bug upstream, caught here rather than hidden by rounding in a file the officer signs off.
     */
    static BigDecimal pennies(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " has more than 2 decimals: " + amount.toPlainString());
        }
        return amount;
    }

    /** An amount of whole pennies with exactly 2 decimals: 1234.5 → "1234.50", -3 → "-3.00". */
    public static String text(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
