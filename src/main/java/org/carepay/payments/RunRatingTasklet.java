package org.carepay.payments;

import org.carepay.ledger.RunLedger;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The first step of every payment run: writes the run's ledger rows in one transaction, starting by
 * removing what an earlier attempt of the step wrote, so that a restart gives the same rows. Each kind
 * of run says only how its lines are made.
 */
public abstract class RunRatingTasklet implements Tasklet {

    protected final String runId;
    protected final RunLedger ledger;
    private final PaymentRuns runs;

    protected RunRatingTasklet(String runId, PaymentRuns runs, RunLedger ledger) {
        this.runId = runId;
        this.runs = runs;
        this.ledger = ledger;
    }

    @Override // not final: the step-scoped proxy of a subclass must be able to delegate it
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PaymentRun run = runs.get(runId);
        runs.rating(runId);
        ledger.clear(runId);
        rate(run, contribution);
        ledger.analyze(run.kind() == RunKind.BILLING);
        return RepeatStatus.FINISHED;
    }

    /** Writes the run's lines, exceptions and inputs (its ledger is empty). */
    protected abstract void rate(PaymentRun run, StepContribution contribution) throws Exception;
}
