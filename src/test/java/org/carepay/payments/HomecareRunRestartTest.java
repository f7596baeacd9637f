package org.carepay.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.carepay.payments.PaymentRunConfiguration;
import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A homecare run that fails while writing its files stays PROPOSING and leaves no half-written file;
 * restarted, it ends PROPOSED with exactly the rows and files of a run that never failed.
 */
class HomecareRunRestartTest extends DatabaseTest {

    @Autowired
    Job homecareRunJob;

    @Autowired
    PaymentRuns runs;

    @MockitoSpyBean
    RunReview review;

    @AfterEach
    void healed() {
        reset(review);
    }

    @Test
    void aRunThatFailedWritingItsFilesIsRestartedToTheSameLedgerAndFiles() throws Exception {
        ingestSampleData();
        doThrow(new IllegalStateException("disk full (simulated)")).when(review).write(any(), any(), any());
        PaymentRun run = runs.propose(RunKind.HOMECARE, LocalDate.of(2026, 11, 16), "ann", LocalDate.of(2026, 11, 24));

        JobExecution failed = start(run);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(runs.get(run.runId()).status()).isEqualTo(RunStatus.PROPOSING);
        Path folder = RunFiles.folder(OUT, run.runId());
        assertThat(folder.resolve("summary.json")).doesNotExist();
        String lines = Files.readString(folder.resolve("payment-lines.csv"));
        long rows = jdbc.queryForObject("select count(*) from payment_line where run_id = ?", Long.class, run.runId());

        reset(review);
        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.get(run.runId()).status()).isEqualTo(RunStatus.PROPOSED);
        assertThat(jdbc.queryForObject("select count(*) from payment_line where run_id = ?", Long.class, run.runId()))
                .isEqualTo(rows).isEqualTo(273);
        assertThat(Files.readString(folder.resolve("payment-lines.csv"))).isEqualTo(lines);
        assertThat(folder.resolve("summary.json")).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private JobExecution start(PaymentRun run) throws Exception {
        return jobOperator.start(homecareRunJob, new JobParametersBuilder()
                .addString(PaymentRunConfiguration.RUN_ID, run.runId()).toJobParameters());
    }
}
