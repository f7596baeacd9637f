package org.carepay.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * An accepted visit as a payment line: the carer-minutes paid after the weekly cap (paid_units) and its
 * amount. A visit the cap cut to 0 is still a line, of 0.00.
 *
 * @param notes the visit's INFO notes, then WEEKLY_CAP_EXCEEDED when the cap reduced it
 */
public record PaidVisit(VisitResult result, int carerMinutesPaid, BigDecimal amount, List<Note> notes) {

    public PaidVisit {
        notes = List.copyOf(notes);
    }
}
