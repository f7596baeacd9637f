package org.carepay.billing;

import java.io.IOException;

import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRefused;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of a billing run: writes the run's files from its ledger rows (each atomically, so a rerun
 * replaces them with the same bytes), then marks the run PROPOSED.
 */
class WriteBillingFilesTasklet implements Tasklet {

    private final String runId;
    private final PaymentRuns runs;
    private final BillingFiles files;

    WriteBillingFilesTasklet(String runId, PaymentRuns runs, BillingFiles files) {
        this.runId = runId;
        this.runs = runs;
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws IOException, RunRefused {
        PaymentRun run = runs.get(runId);
        files.write(run);
        runs.proposed(runId);
        return RepeatStatus.FINISHED;
    }
}
