package org.carepay.corrections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.carepay.rules.ChargeLine;
import org.carepay.rules.WeekCharge;

/** R7 for charges: what a billed client-week is worth today, and the ARREARS or CREDIT line that corrects it. */
public final class ChargeCorrections {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private ChargeCorrections() {
    }

    /**
     * R6's charge of the client-week with today's data when its WEEK line would be BILLED or ACCRUED; 0.00 when
     * it would be NOT_ASSESSED (shown, never billed) or there is no WEEK line.
     */
    public static BigDecimal worth(Optional<WeekCharge> week) {
        return week.filter(charge -> charge.status() != WeekCharge.Status.NOT_ASSESSED).map(WeekCharge::charge)
                .orElse(ZERO);
    }

    /**
     * The line of (worth today − released) when they differ: ARREARS when positive, CREDIT when negative,
     * BILLED, or ACCRUED for a client whose billing_status is ACCRUE today (it then joins the accrued balance
     * that a COP_ARREARS line bills later).
     *
     * @param released     Σ of the client-week's released WEEK lines BILLED or ACCRUED and ARREARS and CREDIT lines
     * @param releasedRun  the released billing run that billed the week, named in the line's detail
     */
    public static Optional<ChargeLine> correction(LocalDate week, BigDecimal worthToday, BigDecimal released,
                                                  boolean accrues, String releasedRun) {
        BigDecimal difference = worthToday.subtract(released).setScale(2);
        if (difference.signum() == 0) {
            return Optional.empty();
        }
        ChargeLine.Type type = difference.signum() > 0 ? ChargeLine.Type.ARREARS : ChargeLine.Type.CREDIT;
        String detail = "week " + week + " billed in " + releasedRun + " worked out again with today's data: charge "
                + worthToday.setScale(2) + ", billed so far " + released.setScale(2);
        return Optional.of(new ChargeLine(week, type, null, null, difference,
                accrues ? WeekCharge.Status.ACCRUED : WeekCharge.Status.BILLED, detail));
    }
}
