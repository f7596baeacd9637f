package org.carepay.corrections;

import java.math.BigDecimal;
import java.util.Objects;

import org.carepay.valuation.PackageWeek;

/**
 * R7: an ADJUSTMENT line of a payment run, (worth today − released) of one package-week, negative a
 * recovery from the provider.
 *
 * @param corrects the released run of the line's kind for the week corrected (the line's source)
 * @param reason   why, in words the provider reads on its remittance
 */
public record Adjustment(PackageWeek packageWeek, BigDecimal amount, String corrects, String reason) {

    public Adjustment {
        Objects.requireNonNull(packageWeek, "packageWeek");
        Objects.requireNonNull(corrects, "corrects");
        Objects.requireNonNull(reason, "reason");
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("an adjustment of 0.00 corrects nothing: " + packageWeek);
        }
    }
}
