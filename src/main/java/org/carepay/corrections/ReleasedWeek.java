package org.carepay.corrections;

import java.math.BigDecimal;
import java.util.Objects;

import org.carepay.rules.WeekCharge;

/**
 * What released billing runs charged a client for one week (R7's "released"), and the released WEEK line's
 * figures, so that a correction can say what changed.
 *
 * @param charged Σ of the released WEEK lines BILLED or ACCRUED and of the ARREARS and CREDIT lines
 * @param week    the released WEEK line (any status), null when the week had none
 */
public record ReleasedWeek(BigDecimal charged, WeekCharge week) {

    public static final ReleasedWeek NOTHING = new ReleasedWeek(new BigDecimal("0.00"), null);

    public ReleasedWeek {
        Objects.requireNonNull(charged, "charged");
    }
}
