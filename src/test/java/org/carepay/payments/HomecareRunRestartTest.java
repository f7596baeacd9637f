package org.carepay.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.payments.PaymentRunConfiguration;
import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A homecare run that fails while writing its files, or in a part of its rating, stays PROPOSING and leaves no
 * half-written file; restarted, it ends PROPOSED with exactly the rows and files of a run that never failed.
 */
class HomecareRunRestartTest extends DatabaseTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-data/HC-2026-11-16-1");

    @Autowired
    Job homecareRunJob;

    @Autowired
    PaymentRuns runs;

    @Autowired
    JobRepository jobRepository;

    @MockitoSpyBean
    RunReview review;

    @MockitoSpyBean
    ReturnVisits visits;

    @AfterEach
    void healed() {
        reset(review, visits);
    }

    /**
     * The sample week's three returns are rated in two parts: P01 and P02's, then P03's. The first part fails
     * at its second return and keeps its first; its restart rates P02's return alone, and the run ends with
     * the rows and files worked out by hand (golden/sample-data/HC-2026-11-16-1).
     */
    @Test
    void aPartThatFailedCarriesOnAfterItsLastReturnAndTheRestartDoesThatPartAlone() throws Exception {
        ingestSampleData();
        doThrow(new IllegalStateException("connection lost (simulated)")).when(visits)
                .of(argThat((ReturnFile file) -> file != null && file.providerId().equals("P02")));
        PaymentRun run = runs.propose(RunKind.HOMECARE, LocalDate.of(2026, 11, 16), "ann", LocalDate.of(2026, 11, 24));

        JobExecution failed = start(run);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getStepExecutions()).extracting(StepExecution::getStepName, StepExecution::getStatus,
                StepExecution::getWriteCount).contains(tuple("rateReturns:part1of2", BatchStatus.FAILED, 1L),
                tuple("rateReturns:part2of2", BatchStatus.COMPLETED, 1L));
        assertThat(jdbc.queryForList("select distinct provider_id from payment_line where run_id = ?"
                + " order by provider_id", String.class, run.runId())).containsExactly("P01", "P03");

        reset(visits);
        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName, StepExecution::getReadCount)
                .containsExactlyInAnyOrder(tuple("rateReturnsInParts", 1L), tuple("rateReturns:part1of2", 1L),
                        tuple("lookBack", 0L), tuple("writeRunFiles", 0L));
        assertThat(jdbc.queryForObject("select count(*) from payment_line where run_id = ?", Long.class, run.runId()))
                .isEqualTo(273);
        for (String file : new String[] {"payment-lines.csv", "exceptions.csv", "remittances/P02.csv"}) {
            assertThat(RunFiles.folder(OUT, run.runId()).resolve(file)).as(file)
                    .hasSameTextualContentAs(GOLDEN.resolve(file));
        }
    }

    @Test
    void aRunThatFailedWritingItsFilesIsRestartedToTheSameLedgerAndFiles() throws Exception {
        ingestSampleData();
        doThrow(new IllegalStateException("disk full (simulated)")).when(review).write(any(), any(), any(), any());
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

    /** {@code carepay stop} while a part rates P01's return: the part stops after it, and the restart carries on. */
    @Test
    void aStoppedRatingStopsAfterTheReturnItIsOnAndItsRestartCarriesOn() throws Exception {
        ingestSampleData();
        CountDownLatch rating = new CountDownLatch(1);
        CountDownLatch stopAsked = new CountDownLatch(1);
        doAnswer(invocation -> {
            rating.countDown();
            assertThat(stopAsked.await(60, TimeUnit.SECONDS)).isTrue();
            return invocation.callRealMethod();
        }).when(visits).of(argThat((ReturnFile file) -> file != null && file.providerId().equals("P01")));
        PaymentRun run = runs.propose(RunKind.HOMECARE, LocalDate.of(2026, 11, 16), "ann", LocalDate.of(2026, 11, 24));
        CompletableFuture<JobExecution> started = CompletableFuture.supplyAsync(() -> {
            try {
                return start(run);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(rating.await(60, TimeUnit.SECONDS)).isTrue();
        jobOperator.stop(jobRepository.getJobExecution(jdbc.queryForObject(
                "select max(job_execution_id) from batch_job_execution", Long.class)));
        stopAsked.countDown();
        JobExecution stopped = started.get(60, TimeUnit.SECONDS);

        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(stopped.getStepExecutions()).extracting(StepExecution::getStepName, StepExecution::getStatus,
                StepExecution::getWriteCount).contains(tuple("rateReturns:part1of2", BatchStatus.STOPPED, 1L));
        reset(visits);
        JobExecution restarted = jobOperator.restart(stopped);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName, StepExecution::getReadCount)
                .contains(tuple("rateReturns:part1of2", 1L)); // P02's return, after P01's
        assertThat(jdbc.queryForObject("select count(*) from payment_line where run_id = ?", Long.class, run.runId()))
                .isEqualTo(273);
    }

    private JobExecution start(PaymentRun run) throws Exception {
        return jobOperator.start(homecareRunJob, new JobParametersBuilder()
                .addString(PaymentRunConfiguration.RUN_ID, run.runId()).toJobParameters());
    }
}
