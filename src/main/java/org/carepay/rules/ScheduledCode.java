package org.carepay.rules;

/**
 * The codes a scheduled payment run gives (R3, R4, R5), each with its severity ("Severity of the codes"
 * in rules.md). R4's refusals are declared in R4's check order 2..12 (INVALID_LINE, order 1, is decided at
 * ingest), so {@link InvoiceChecker} gives the first that applies.
 */
public enum ScheduledCode {
    // R4 checks 2..12; UNKNOWN_PROVIDER and UNKNOWN_CLIENT also refuse an R5 request, NO_RATE an R3 package-week.
    UNKNOWN_PROVIDER(Severity.REFUSED),
    UNKNOWN_CLIENT(Severity.REFUSED),
    UNKNOWN_PACKAGE(Severity.REFUSED),
    PACKAGE_MISMATCH(Severity.REFUSED),
    DUPLICATE_INVOICE(Severity.REFUSED),
    OVERLAPPING_INVOICE(Severity.REFUSED),
    OUTSIDE_PACKAGE_DATES(Severity.REFUSED),
    NO_RATE(Severity.REFUSED),
    RATE_MISMATCH(Severity.REFUSED),
    AMOUNT_MISMATCH(Severity.REFUSED),
    UNITS_EXCEED_PLAN(Severity.REFUSED),
    // R5: listed by every run until paid.
    AWAITING_APPROVAL(Severity.HELD),
    SELF_APPROVED(Severity.HELD),
    AWAITING_WEEK(Severity.INFO),
    // R3: the package-week is paid as the rule says.
    RETAINER_EXPIRED(Severity.INFO),
    // R9: a DP invoice waits until the managed account's balance covers it.
    INSUFFICIENT_FUNDS(Severity.HELD);

    /** As written in exceptions.csv. */
    public enum Severity { REFUSED, INFO, HELD }

    private final Severity severity;

    ScheduledCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** Whether the code refuses the line (it is never paid). */
    public boolean refuses() {
        return severity == Severity.REFUSED;
    }
}
