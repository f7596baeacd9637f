package org.carepay.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.nio.file.Files;
import java.time.LocalDate;

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
 * A week proposed again keeps its earlier proposal until the new one is written (issue #12): a new proposal that
 * fails leaves the finance team the one they had, with its claims; written, it supersedes it and takes them over.
 */
class ReplacedOnceWrittenTest extends DatabaseTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Autowired
    Job scheduledRunJob;

    @Autowired
    PaymentRuns runs;

    @MockitoSpyBean
    RunReview review;

    @AfterEach
    void healed() {
        reset(review);
    }

    @Test
    void aNewProposalThatFailsLeavesTheEarlierOneForReviewUntilItIsWritten() throws Exception {
        ingestSampleData();
        PaymentRun first = runs.propose(RunKind.SCHEDULED, WEEK, "ann", TODAY);
        assertThat(start(first).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String firstLines = Files.readString(RunFiles.folder(OUT, first.runId()).resolve("payment-lines.csv"));
        long claims = liveClaims(first);

        doThrow(new IllegalStateException("disk full (simulated)")).when(review).write(any(), any(), any(), any());
        PaymentRun second = runs.propose(RunKind.SCHEDULED, WEEK, "ann", TODAY);
        JobExecution failed = start(second);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(runs.get(first.runId()).status()).isEqualTo(RunStatus.PROPOSED);
        // 5 invoice lines paid and 2 refused, the 2 ad-hoc requests paid, the 3 DP invoices of C1033's account
        assertThat(liveClaims(first)).isEqualTo(claims).isEqualTo(12);
        assertThat(liveClaims(second)).isZero();
        assertThat(pendingClaims(second)).isEqualTo(claims);
        assertThatThrownBy(() -> runs.approve(first.runId(), "bob")).isInstanceOf(RunRefused.class)
                .hasMessage("SP-2026-11-16-1 is being replaced by SP-2026-11-16-2, proposed since and not yet written;"
                        + " approve that one once it is (carepay status says how it stands)");

        reset(review);
        assertThat(jobOperator.restart(failed).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(runs.get(first.runId()).status()).isEqualTo(RunStatus.SUPERSEDED);
        assertThat(runs.get(second.runId()).status()).isEqualTo(RunStatus.PROPOSED);
        assertThat(liveClaims(first)).isZero();
        assertThat(liveClaims(second)).isEqualTo(claims);
        assertThat(pendingClaims(second)).isZero();
        assertThat(Files.readString(RunFiles.folder(OUT, second.runId()).resolve("payment-lines.csv")))
                .isEqualTo(firstLines.replace(first.runId(), second.runId()));
    }

    private long liveClaims(PaymentRun run) {
        return jdbc.queryForObject("select count(*) from run_claim where run_id = ? and live", Long.class, run.runId());
    }

    private long pendingClaims(PaymentRun run) {
        return jdbc.queryForObject("select count(*) from run_claim where run_id = ? and not live", Long.class,
                run.runId());
    }

    private JobExecution start(PaymentRun run) throws Exception {
        return jobOperator.start(scheduledRunJob, new JobParametersBuilder()
                .addString(PaymentRunConfiguration.RUN_ID, run.runId()).toJobParameters());
    }
}
