package org.carepay.payments;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.carepay.CarepayProperties;
import org.carepay.Setting;
import org.carepay.SettingException;
import org.carepay.documents.PrintedCopies;
import org.carepay.ledger.RunProviders;
import org.carepay.output.AtomicFile;
import org.carepay.output.bacs.Credit;
import org.carepay.output.bacs.Originator;
import org.carepay.output.bacs.Standard18File;
import org.springframework.stereotype.Component;

/**
 * {@code carepay release}: prints each remittance to PDF (to send), writes the approved run's bank file
 * (bacs-std18.txt: one credit per provider paid, to the bank details of the providers snapshot the run was rated
 * with), then records the run as RELEASED, after which nothing changes it. A crash before the record leaves an
 * APPROVED run whose release can be run again: every file is written again with the same bytes.
 */
@Component
public class RunRelease {

    private final PaymentRuns runs;
    private final RunProviders providers;
    private final PrintedCopies printed;
    private final CarepayProperties properties;

    public RunRelease(PaymentRuns runs, RunProviders providers, PrintedCopies printed, CarepayProperties properties) {
        this.runs = runs;
        this.providers = providers;
        this.printed = printed;
        this.properties = properties;
    }

    public Path release(String runId) throws RunRefused, IOException {
        PaymentRun run = runs.releasable(runId);
        Originator originator = originator();
        List<Credit> credits = credits(run);
        Path folder = RunFiles.folder(properties.out(), runId);
        LocalDate paymentDate = run.weekStart().plusDays(properties.payments().paymentDaysAfterWeekStart());
        printed.write(folder.resolve("remittances"), paymentDate);
        Path file = folder.resolve("bacs-std18.txt");
        AtomicFile.write(file, out -> Standard18File.write(out, originator, paymentDate, credits,
                Standard18File.LineEnding.LF));
        runs.released(runId);
        return file;
    }

    /** The council's account, from its settings: one not set, or set wrong, is a configuration error (exit 2). */
    private Originator originator() {
        CarepayProperties.Bacs bacs = properties.bacs();
        String settings = Setting.BACS_SORT_CODE.variable() + ", " + Setting.BACS_ACCOUNT_NUMBER.variable() + " and "
                + Setting.BACS_NAME.variable() + " (docs/bacs-std18.md)";
        if (bacs.originatorSortCode() == null || bacs.originatorAccountNumber() == null
                || bacs.originatorName() == null) {
            throw new SettingException("the council's bank account is not configured: set " + settings);
        }
        try {
            return new Originator(bacs.originatorSortCode(), bacs.originatorAccountNumber(), bacs.originatorName());
        } catch (IllegalArgumentException e) {
            throw new SettingException("the council's bank account is set wrong: " + e.getMessage() + "; see " + settings);
        }
    }

    /** The providers paid, with the bank details of the snapshot the run read. */
    private List<Credit> credits(PaymentRun run) throws RunRefused {
        List<Credit> credits = new ArrayList<>();
        for (RunProviders.RunProvider provider : providers.of(run.runId())) {
            if (!provider.paid()) {
                continue;
            }
            if (provider.sortCode() == null) {
                throw new RunRefused(run.runId() + " pays " + provider.providerId()
                        + ", which has no bank details in its providers snapshot");
            }
            credits.add(new Credit(provider.sortCode(), provider.accountNumber(), provider.accountName(),
                    provider.total().movePointRight(2).longValueExact(),
                    WriteRunFilesTasklet.remittanceRef(run, provider.providerId())));
        }
        return credits;
    }
}
