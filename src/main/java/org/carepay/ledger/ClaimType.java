package org.carepay.ledger;

/** What a run can claim so that it is paid or billed once; each item of a type is held by one live run at most. */
public enum ClaimType {
    /** R4: an accepted invoice line, by provider, invoice_no, package and period. */
    INVOICE_LINE,
    /** R4: a refused invoice line, listed by the run that would have paid it, by its source. */
    REFUSED_INVOICE_LINE,
    /** R5: an approved ad-hoc request, by request_id. */
    REQUEST,
    /** R9: a DP invoice paid from its managed account, by dp_invoice_id. */
    DP_INVOICE,
    /** R6: a Court of Protection client's ACCRUED charge line of a released run, billed by COP_ARREARS, by line id. */
    ACCRUED_LINE,
    /** R7: a recovery carried from a released run, by that run and the provider. */
    CARRIED_RECOVERY
}
