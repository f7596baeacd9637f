package org.carepay.billing;

import java.io.IOException;
import java.nio.file.Path;

import org.carepay.CarepayProperties;
import org.carepay.documents.PrintedCopies;
import org.carepay.documents.Statement;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRefused;
import org.carepay.rules.BillingPeriod;
import org.springframework.stereotype.Component;

/**
 * {@code carepay release} of an approved billing run: prints each statement to PDF (to post), writes
 * debtors-interface.csv again, final, with the same content as the proposal (from the bills the run recorded),
 * then records the run as RELEASED. A crash before the record leaves an APPROVED run whose release can be run
 * again: every file is written again with the same bytes.
 */
@Component
public class BillingRelease {

    private final PaymentRuns runs;
    private final BillingFiles files;
    private final PrintedCopies printed;
    private final CarepayProperties properties;

    BillingRelease(PaymentRuns runs, BillingFiles files, PrintedCopies printed, CarepayProperties properties) {
        this.runs = runs;
        this.files = files;
        this.printed = printed;
        this.properties = properties;
    }

    public Path release(String runId) throws RunRefused, IOException {
        PaymentRun run = runs.releasable(runId);
        printed.write(BillingFiles.folder(properties.out(), runId).resolve("statements"),
                Statement.dated(new BillingPeriod(run.weekStart()).end()));
        files.writeDebtors(run);
        runs.released(runId);
        return BillingFiles.folder(properties.out(), runId).resolve("debtors-interface.csv");
    }
}
