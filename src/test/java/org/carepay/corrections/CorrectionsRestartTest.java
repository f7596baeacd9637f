package org.carepay.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.nio.file.Path;
import java.time.LocalDate;

import org.carepay.ledger.CarriedRecoveries;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRunConfiguration;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunFiles;
import org.carepay.payments.RunKind;
import org.carepay.payments.RunStatus;
import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A payment run whose look-back fails (here: while settling the carried recoveries) leaves none of its
 * adjustments behind; restarted, it carries on at the look-back and writes exactly the lines of a run that
 * never failed (sample-data's week 2,
 * golden/sample-data/week2), its carried-in claims included.
 */
class CorrectionsRestartTest extends DatabaseTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-data/week2");

    @Autowired
    Job homecareRunJob;
    @Autowired
    Job scheduledRunJob;
    @Autowired
    PaymentRuns runs;

    @MockitoSpyBean
    CarriedRecoveries recoveries;

    @AfterEach
    void healed() {
        reset(recoveries);
    }

    @Test
    void aLookBackThatFailedIsRestartedToTheSameLines() throws Exception {
        ingestSampleData();
        release(propose(RunKind.HOMECARE, homecareRunJob, "2026-11-16"));
        release(propose(RunKind.SCHEDULED, scheduledRunJob, "2026-11-16"));
        ingest(Path.of("sample-data/week2"));

        doThrow(new IllegalStateException("connection lost (simulated)")).when(recoveries).settle(anyString(), any());
        PaymentRun run = runs.propose(RunKind.HOMECARE, LocalDate.parse("2026-11-23"), "ann", LocalDate.parse("2026-12-01"));
        JobExecution failed = start(homecareRunJob, run);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        // The look-back step's one transaction was rolled back, adjustments and all; the week's rated parts stay.
        assertThat(jdbc.queryForList("select distinct line_type from payment_line where run_id = ?", String.class,
                run.runId())).containsExactly("VISIT");

        reset(recoveries);
        JobExecution restarted = jobOperator.restart(failed);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactlyInAnyOrder("lookBack", "writeRunFiles"); // the rated week is not rated again
        assertThat(runs.get(run.runId()).status()).isEqualTo(RunStatus.PROPOSED);
        Path folder = RunFiles.folder(OUT, run.runId());
        for (String file : new String[] {"payment-lines.csv", "ap-payments.csv", "remittances/P01.csv"}) {
            assertThat(folder.resolve(file)).as(file).hasSameBinaryContentAs(GOLDEN.resolve(run.runId()).resolve(file));
        }
    }

    private PaymentRun propose(RunKind kind, Job job, String week) throws Exception {
        PaymentRun run = runs.propose(kind, LocalDate.parse(week), "ann", LocalDate.parse("2026-11-24"));
        assertThat(start(job, run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    private void release(PaymentRun run) throws Exception {
        runs.approve(run.runId(), "bob");
        runs.releasable(run.runId());
        runs.released(run.runId());
    }

    private JobExecution start(Job job, PaymentRun run) throws Exception {
        return jobOperator.start(job, new JobParametersBuilder().addString(PaymentRunConfiguration.RUN_ID, run.runId())
                .toJobParameters());
    }

}
