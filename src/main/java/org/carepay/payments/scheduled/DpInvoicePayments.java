package org.carepay.payments.scheduled;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.carepay.ledger.ClaimType;
import org.carepay.ledger.ManagedAccounts;
import org.carepay.ledger.RunClaims;
import org.carepay.ledger.RunRows;
import org.carepay.ledger.RunRows.Source;
import org.carepay.payments.PaymentRun;
import org.carepay.rules.CarePackage;
import org.carepay.rules.ScheduledCode;
import org.carepay.valuation.Sourced;

/** R9's DP invoices in a scheduled run: paid from the client's managed account, or held. */
final class DpInvoicePayments {

    private final ManagedAccounts accounts;
    private final String runId;

    DpInvoicePayments(ManagedAccounts accounts, String runId) {
        this.accounts = accounts;
        this.runId = runId;
    }

    /**
     * R9: a DP invoice due by the end of the week is paid from its managed account when the balance
     * covers it, else it waits (HELD INSUFFICIENT_FUNDS). The balance counts the credits (SCHEDULED lines
     * of the DIRECT_PAYMENT package) and the DP invoices paid of every scheduled run not superseded,
     * this run's credit first (its SCHEDULED line and R7's adjustments): the week's budget arrives before it is
     * spent.
     */
    void pay(PaymentRun run, ScheduledReference.Data data, RunRows rows, RunClaims claims,
             Map<String, BigDecimal> credits) {
        LocalDate weekEnd = run.weekStart().plusDays(6);
        Map<String, BigDecimal> balances = new HashMap<>();
        for (ScheduledReference.DpInvoice invoice : data.dpInvoices()) {
            Sourced<CarePackage> sourced = data.facts().sourcedPackages().get(invoice.packageId());
            String item = invoice.id();
            if (sourced == null || !CarePackage.DIRECT_PAYMENT.equals(sourced.value().serviceType())
                    || invoice.invoiceDate().isAfter(weekEnd) || claims.isTaken(ClaimType.DP_INVOICE, item)) {
                continue; // not a DP account's, not due yet, or paid already
            }
            CarePackage pkg = sourced.value();
            BigDecimal balance = balances.computeIfAbsent(pkg.packageId(),
                    id -> accounts.dpBalanceBefore(runId, id).add(credits.getOrDefault(id, BigDecimal.ZERO)));
            Source source = new Source(invoice.path(), invoice.record());
            if (invoice.amount().compareTo(balance) <= 0) {
                balances.put(pkg.packageId(), balance.subtract(invoice.amount()));
                claims.take(ClaimType.DP_INVOICE, item);
            } else {
                rows.exception(ScheduledCode.INSUFFICIENT_FUNDS.name(), ScheduledCode.INSUFFICIENT_FUNDS.severity().name(),
                        pkg.providerId(), invoice.clientId(), pkg.packageId(), source, invoice.invoiceDate().toString(),
                        "balance " + balance + " does not cover " + invoice.amount(), null);
            }
        }
    }

}
