package org.carepay.billing;

import java.io.IOException;
import java.nio.file.Path;

import org.carepay.CarepayProperties;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRefused;
import org.springframework.stereotype.Component;

/**
 * {@code carepay release} of an approved billing run: writes debtors-interface.csv again, final, with the
 * same content as the proposal (from the bills the run recorded), then records the run as RELEASED. A crash
 * between the two leaves an APPROVED run whose release can be run again.
 */
@Component
public class BillingRelease {

    private final PaymentRuns runs;
    private final BillingFiles files;
    private final CarepayProperties properties;

    BillingRelease(PaymentRuns runs, BillingFiles files, CarepayProperties properties) {
        this.runs = runs;
        this.files = files;
        this.properties = properties;
    }

    public Path release(String runId) throws RunRefused, IOException {
        PaymentRun run = runs.releasable(runId);
        files.writeDebtors(run);
        runs.released(runId);
        return BillingFiles.folder(properties.out(), runId).resolve("debtors-interface.csv");
    }
}
