package org.carepay.rules;

import java.util.Objects;

/**
 * What {@link InvoiceChecker} decided for one invoice line: accepted (paid its amount once, R4) or refused
 * with one code.
 *
 * @param refusal the REFUSED code, null when accepted
 * @param note    refused: the note for exceptions.csv; accepted: null
 */
public record InvoiceResult(Invoice line, ScheduledCode refusal, ScheduledNote note) {

    public InvoiceResult {
        Objects.requireNonNull(line, "line");
        if (refusal != null && !refusal.refuses()) {
            throw new IllegalArgumentException(refusal + " does not refuse a line");
        }
        if ((refusal == null) != (note == null)) {
            throw new IllegalArgumentException("a refused line has one note, an accepted one none");
        }
    }

    public boolean accepted() {
        return refusal == null;
    }
}
