package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.carepay.rules.WeekCharge.Status;

/**
 * R6, Court of Protection: the charges of a client whose billing_status is ACCRUE are recorded as ACCRUED
 * and never sent; once the status is NORMAL again, the next billing run bills the whole accrued balance in
 * one COP_ARREARS line.
 *
 * @param accruedFrom the first accrued week
 * @param amount      Σ of the accrued weeks' charges
 * @param weeks       how many accrued weeks
 */
public record CourtOfProtectionDebt(LocalDate accruedFrom, BigDecimal amount, int weeks) {

    /** One ACCRUED line not yet billed: a WEEK line, or R7's ARREARS or CREDIT line of an accrued week. */
    public record AccruedWeek(LocalDate weekStart, BigDecimal charge) {
    }

    public CourtOfProtectionDebt {
        Objects.requireNonNull(accruedFrom, "accruedFrom");
        Objects.requireNonNull(amount, "amount");
    }

    /** @param weeks the client's accrued weeks not yet billed, at least one, any order */
    public static CourtOfProtectionDebt of(List<AccruedWeek> weeks) {
        if (weeks.isEmpty()) {
            throw new IllegalArgumentException("a debt needs an accrued week");
        }
        LocalDate from = weeks.stream().map(AccruedWeek::weekStart).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal amount = weeks.stream().map(AccruedWeek::charge).reduce(new BigDecimal("0.00"), BigDecimal::add);
        // R7's ARREARS and CREDIT lines of an accrued week are lines of their own: count the weeks, not the lines
        int weekCount = (int) weeks.stream().map(AccruedWeek::weekStart).distinct().count();
        return new CourtOfProtectionDebt(from, amount, weekCount);
    }

    /** The COP_ARREARS line that bills the whole balance, dated by the first accrued week. */
    public ChargeLine arrearsLine() {
        return new ChargeLine(accruedFrom, ChargeLine.Type.COP_ARREARS, null, null, amount, Status.BILLED,
                "Court of Protection: " + weeks + " accrued week" + (weeks == 1 ? "" : "s") + " from " + accruedFrom);
    }
}
