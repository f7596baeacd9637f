package org.carepay.cli;

import java.util.List;

import org.carepay.billing.BillingDigest;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunDigest;
import org.carepay.payments.RunKind;
import org.springframework.stereotype.Component;

/** A run in a few lines, as its kind tells it: a payment run's payments, a billing run's charges and bills. */
@Component
class RunDigests {

    private final PaymentRuns runs;
    private final RunDigest paymentDigest;
    private final BillingDigest billingDigest;

    RunDigests(PaymentRuns runs, RunDigest paymentDigest, BillingDigest billingDigest) {
        this.runs = runs;
        this.paymentDigest = paymentDigest;
        this.billingDigest = billingDigest;
    }

    /** @param runId a run that exists */
    List<String> lines(String runId) {
        boolean billing = runs.find(runId).orElseThrow().kind() == RunKind.BILLING;
        return billing ? billingDigest.lines(runId) : paymentDigest.lines(runId);
    }
}
