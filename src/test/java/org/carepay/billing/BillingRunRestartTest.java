package org.carepay.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRunConfiguration;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunKind;
import org.carepay.payments.RunStatus;
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
 * A billing run that fails while writing its statements stays PROPOSING with no summary; restarted, it
 * ends PROPOSED with the ledger rows and files of a run that never failed.
 */
class BillingRunRestartTest extends DatabaseTest {

    @Autowired
    Job billingRunJob;

    @Autowired
    PaymentRuns runs;

    @MockitoSpyBean
    Statements statements;

    @AfterEach
    void healed() {
        reset(statements);
    }

    @Test
    void aRunThatFailedWritingItsFilesIsRestartedToTheSameLedgerAndFiles() throws Exception {
        ingestSampleData();
        doThrow(new IllegalStateException("disk full (simulated)")).when(statements).write(any(), any());
        PaymentRun run = runs.propose(RunKind.BILLING, LocalDate.of(2026, 11, 16), "ann", LocalDate.of(2026, 11, 30));

        JobExecution failed = jobOperator.start(billingRunJob, new JobParametersBuilder()
                .addString(PaymentRunConfiguration.RUN_ID, run.runId()).toJobParameters());

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(runs.get(run.runId()).status()).isEqualTo(RunStatus.PROPOSING);
        Path folder = BillingFiles.folder(OUT, run.runId());
        assertThat(folder.resolve("summary.json")).doesNotExist();
        String lines = Files.readString(folder.resolve("charge-lines.csv"));

        reset(statements);
        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.get(run.runId()).status()).isEqualTo(RunStatus.PROPOSED);
        assertThat(restarted.getStepExecutions()).extracting(step -> step.getStepName())
                .containsExactly("writeBillingFiles"); // the charges were rated once
        assertThat(jdbc.queryForObject("select count(*) from charge_line where run_id = ?", Long.class, run.runId()))
                .isEqualTo(63);
        assertThat(Files.readString(folder.resolve("charge-lines.csv"))).isEqualTo(lines);
        assertThat(folder.resolve("summary.json")).exists();
        try (var files = Files.list(folder.resolve("statements"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).hasSize(24) // a page per bill
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(Files.readString(folder.resolve("debtors-interface.csv")).lines().toList())
                .hasSize(25).isEqualTo(Files.readAllLines(Path.of(
                        "src/test/resources/golden/sample-data/BL-2026-11-16-1/debtors-interface.csv")));
    }
}
