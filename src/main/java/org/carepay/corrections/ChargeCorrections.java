package org.carepay.corrections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
     * that a COP_ARREARS line bills later). Its detail says what changed, for the client's statement.
     *
     * @param today       R6's WEEK line of the client-week with today's data, if it has one
     * @param dateOfDeath the client's date of death in today's data, null when alive
     * @param releasedRun the released billing run that billed the week
     */
    public static Optional<ChargeLine> correction(LocalDate week, Optional<WeekCharge> today, ReleasedWeek released,
                                                  boolean accrues, LocalDate dateOfDeath, String releasedRun) {
        BigDecimal worth = worth(today);
        BigDecimal difference = worth.subtract(released.charged()).setScale(2);
        if (difference.signum() == 0) {
            return Optional.empty();
        }
        ChargeLine.Type type = difference.signum() > 0 ? ChargeLine.Type.ARREARS : ChargeLine.Type.CREDIT;
        boolean died = dateOfDeath != null && !dateOfDeath.isAfter(week.plusDays(6));
        List<String> causes = new ArrayList<>();
        if (died) {
            causes.add("client died on " + dateOfDeath);
        }
        causes.addAll(changes(today, released.week(), died));
        String detail = Reasons.sentence(causes, releasedRun, List.of("charge " + worth
                + ", billed so far " + released.charged().setScale(2)));
        return Optional.of(new ChargeLine(week, type, null, null, difference,
                accrues ? WeekCharge.Status.ACCRUED : WeekCharge.Status.BILLED, detail));
    }

    /** What today's WEEK line says that the released one did not; a death explains a lower maximum itself. */
    private static List<String> changes(Optional<WeekCharge> today, WeekCharge before, boolean died) {
        List<String> changes = new ArrayList<>();
        if (today.isEmpty()) {
            changes.add("no chargeable care in the week any more");
            return changes;
        }
        WeekCharge now = today.get();
        if (before == null) {
            changes.add("care recorded since the week was billed: cost of care " + now.chargeableCost());
        } else if (now.chargeableCost().compareTo(before.chargeableCost()) != 0) {
            changes.add("cost of care " + now.chargeableCost() + ", was " + before.chargeableCost());
        }
        if (now.status() == WeekCharge.Status.NOT_ASSESSED) {
            changes.add("not assessed");
        } else if (before != null && before.status() == WeekCharge.Status.NOT_ASSESSED) {
            changes.add("assessed since: maximum charge " + now.maximumCharge() + " for the week");
        } else if (before != null && now.maximumCharge().compareTo(before.maximumCharge()) != 0) {
            changes.add((died ? "" : "contribution reassessed: ") + "maximum charge " + now.maximumCharge()
                    + " for the week, was " + before.maximumCharge());
        }
        return changes;
    }
}
