package org.carepay.valuation;

import java.util.Objects;

import org.carepay.rules.CarePackage;
import org.carepay.rules.Invoice;
import org.carepay.rules.InvoiceResult;

/**
 * An invoice line as R4 judged it with the facts a run read.
 *
 * @param pkg the package it claims, null when unknown
 */
public record CheckedInvoice(Invoice line, CarePackage pkg, InvoiceResult result) {

    public CheckedInvoice {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(result, "result");
    }

    public boolean accepted() {
        return result.accepted();
    }
}
