package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.carepay.rules.WeekCharge.Status;

/**
 * One row of charge-lines.csv for a client: a WEEK line (R6), or a line that corrects or settles earlier
 * weeks (R7's ARREARS and CREDIT, R6's COP_ARREARS), which has no chargeable cost or maximum of its own.
 *
 * @param weekStart      WEEK: its week; COP_ARREARS: the first accrued week it bills
 * @param chargeableCost WEEK lines only, else null
 * @param maximumCharge  WEEK lines only, else null
 */
public record ChargeLine(LocalDate weekStart, Type type, BigDecimal chargeableCost, BigDecimal maximumCharge,
        BigDecimal charge, Status status, String detail) {

    /** charge-lines.csv line_type. */
    public enum Type { WEEK, ARREARS, CREDIT, COP_ARREARS }

    public ChargeLine {
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(status, "status");
        if ((type == Type.WEEK) != (chargeableCost != null && maximumCharge != null)) {
            throw new IllegalArgumentException("a WEEK line, and only a WEEK line, has a cost and a maximum: " + type);
        }
    }

    public static ChargeLine week(WeekCharge week, String detail) {
        return new ChargeLine(week.weekStart(), Type.WEEK, week.chargeableCost(), week.maximumCharge(),
                week.charge(), week.status(), detail);
    }

    /** Whether the line is part of the bill: NOT_ASSESSED and ACCRUED lines are shown, not billed. */
    public boolean billed() {
        return status == Status.BILLED;
    }
}
