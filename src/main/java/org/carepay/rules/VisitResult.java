package org.carepay.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ReturnChecker} decided for one line: refused with one code, or accepted with its payable
 * minutes, paid carers, carer-minutes (before the weekly cap) and the hourly rate of its visit date.
 *
 * @param refusal the REFUSED code, null when accepted
 * @param notes   accepted: its INFO codes (SHORT_VISIT or OVER_DELIVERY, CARERS_EXCEED_PLAN); refused: one
 *                note with the refusal code and why, so that every note is one line of exceptions.csv
 */
public record VisitResult(Visit visit, VisitCode refusal, int payableMinutes, int paidCarers, int carerMinutes,
        BigDecimal hourlyRate, List<Note> notes) {

    public VisitResult {
        Objects.requireNonNull(visit, "visit");
        notes = List.copyOf(notes);
        if (refusal != null && !refusal.refuses()) {
            throw new IllegalArgumentException(refusal + " does not refuse a visit");
        }
        if (refusal == null) {
            Objects.requireNonNull(hourlyRate, "an accepted visit's hourlyRate");
        }
    }

    static VisitResult refused(Visit visit, VisitCode code, String detail) {
        return new VisitResult(visit, code, 0, 0, 0, null, List.of(new Note(code, detail, null)));
    }

    public boolean accepted() {
        return refusal == null;
    }

    /** The amount before the weekly cap: round(carer-minutes × hourly_rate / 60). */
    public BigDecimal amountBeforeCap() {
        if (!accepted()) {
            throw new IllegalStateException("a refused visit has no amount: " + visit.source());
        }
        return VisitAmount.of(carerMinutes, hourlyRate);
    }
}
