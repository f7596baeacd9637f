package org.carepay.payments;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.carepay.ledger.RunProviders;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of every payment run: writes the run's files from its ledger rows (each file
 * atomically, so a rerun replaces them with the same bytes), then marks the run PROPOSED.
 */
public class WriteRunFilesTasklet implements Tasklet {

    private final String runId;
    private final PaymentRuns runs;
    private final RunFiles files;
    private final RunReview review;
    private final RunProviders providers;
    private final Path out;
    private final int paymentDaysAfterWeekStart;

    public WriteRunFilesTasklet(String runId, PaymentRuns runs, RunFiles files, RunReview review,
                                RunProviders providers, Path out,
                                int paymentDaysAfterWeekStart) {
        this.runId = runId;
        this.runs = runs;
        this.files = files;
        this.review = review;
        this.providers = providers;
        this.out = out;
        this.paymentDaysAfterWeekStart = paymentDaysAfterWeekStart;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws IOException, RunRefused {
        PaymentRun run = runs.get(runId);
        Path folder = RunFiles.folder(out, runId);
        List<RunProviders.RunProvider> runProviders = providers.of(runId);
        LocalDate paymentDate = run.weekStart().plusDays(paymentDaysAfterWeekStart);
        files.write(folder, run, runProviders, paymentDate);
        review.write(folder, run, runProviders, RunFiles.payments(run, runProviders, paymentDate));
        runs.proposed(runId);
        return RepeatStatus.FINISHED;
    }

    /**
     * The reference the provider sees on its bank statement and remittance: short enough for the 18
     * characters of a BACS reference (HC261116-1/P01).
     */
    public static String remittanceRef(PaymentRun run, String providerId) {
        return run.kind().prefix() + run.weekStart().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
                + "-" + run.attempt() + "/" + providerId;
    }

}
