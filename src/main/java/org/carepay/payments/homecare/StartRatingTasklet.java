package org.carepay.payments.homecare;

import java.util.ArrayList;
import java.util.List;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ledger.RunLedger;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRefused;
import org.carepay.reference.Valuations;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1 of a homecare run: the run records its policy values and its inputs, the reference snapshots R2
 * reads and the week's current provider returns. The parts of the rating that follow read exactly these,
 * wherever they run ({@link org.carepay.payments.RunValuations}).
 */
class StartRatingTasklet implements Tasklet {

    private final String runId;
    private final PaymentRuns runs;
    private final RunLedger ledger;
    private final Valuations valuations;
    private final ReturnVisits visits;

    StartRatingTasklet(String runId, PaymentRuns runs, RunLedger ledger, Valuations valuations, ReturnVisits visits) {
        this.runId = runId;
        this.runs = runs;
        this.ledger = ledger;
        this.valuations = valuations;
        this.visits = visits;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws RunRefused {
        PaymentRun run = runs.get(runId);
        runs.rating(runId);
        List<Long> inputs = new ArrayList<>(valuations.snapshotIds(Valuations.HOMECARE_SNAPSHOTS));
        visits.returnsOf(run.weekStart()).forEach(file -> inputs.add(file.id()));
        ledger.recordInputs(runId, inputs);
        return RepeatStatus.FINISHED;
    }
}
