package org.carepay.rules;

import java.util.Objects;

/**
 * A code given to a visit, with why, for exceptions.csv.
 *
 * @param minutesNotPaid what the code kept from being paid, null when nothing:
 *                       SHORT_VISIT the planned minutes not paid (p − paid); OVER_DELIVERY the excess
 *                       minutes not paid (a − p); CARERS_EXCEED_PLAN the carer-minutes of the carers
 *                       beyond the package's; WEEKLY_CAP_EXCEEDED the carer-minutes the cap took; a
 *                       refusal: null (the line is not paid at all)
 */
public record Note(VisitCode code, String detail, Integer minutesNotPaid) {

    public Note {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
