package org.carepay.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A code a scheduled run gives a package-week, an invoice line or a payment request, with why: one line
 * of exceptions.csv.
 *
 * @param serviceDate for R3: the week for NO_RATE, the first unpaid day for RETAINER_EXPIRED (formats.md);
 *                    null where the rules leave it to the caller (R4 and R5 lines)
 */
public record ScheduledNote(ScheduledCode code, LocalDate serviceDate, String detail) {

    public ScheduledNote {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
