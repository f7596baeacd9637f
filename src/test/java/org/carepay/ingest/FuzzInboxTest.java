package org.carepay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRunConfiguration;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunKind;
import org.carepay.support.DatabaseTest;
import org.carepay.support.InboxFuzzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No input stops the night (issue #11): mutated inbox files (support/InboxFuzzer) are each taken in, rejected
 * with a code or have their lines refused with codes, the ingest completes, and the runs of the week still
 * run on what was taken in. A short run here; scripts/fuzz-inbox runs as many files as asked
 * ({@code -Dfuzz.seed=S -Dfuzz.files=N}, in rounds of {@code fuzz.round} files).
 */
class FuzzInboxTest extends DatabaseTest {

    @TempDir
    Path dir;

    @Autowired
    PaymentRuns runs;

    @Autowired
    Job homecareRunJob;

    @Autowired
    Job scheduledRunJob;

    @Autowired
    Job billingRunJob;

    @Test
    void everyMutatedFileIsTakenInRejectedOrRefusedAndTheRunsStillRun() throws Exception {
        long seed = Long.getLong("fuzz.seed", 1);
        int files = Integer.getInteger("fuzz.files", 24);
        int round = Integer.getInteger("fuzz.round", 12);
        InboxFuzzer fuzzer = new InboxFuzzer(seed);
        ingestSampleData();
        for (int done = 0, r = 1; done < files; done += round, r++) {
            Path inbox = dir.resolve("round" + r);
            List<String> written = fuzzer.write(inbox, Math.min(round, files - done), r);
            ingest(inbox); // completes, whatever the files hold
            assertThat(jdbc.queryForList("select path from inbox_file where status not in ('TAKEN_IN', 'REJECTED', 'SKIPPED')"
                    + " or (status = 'REJECTED' and reject_code is null)", String.class))
                    .as("seed %d round %d: %s", seed, r, written).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from ingest_exception where code is null", Integer.class))
                    .isZero();
            for (RunKind kind : RunKind.values()) {
                propose(kind, written, seed, r);
            }
        }
    }

    private void propose(RunKind kind, List<String> written, long seed, int round) throws Exception {
        PaymentRun run = runs.propose(kind, LocalDate.of(2026, 11, 16), "fuzz", LocalDate.of(2026, 11, 24));
        Job job = switch (kind) {
            case HOMECARE -> homecareRunJob;
            case SCHEDULED -> scheduledRunJob;
            case BILLING -> billingRunJob;
        };
        assertThat(jobOperator.start(job, new JobParametersBuilder().addString(PaymentRunConfiguration.RUN_ID,
                run.runId()).toJobParameters()).getStatus()).as("%s, seed %d round %d: %s", run.runId(), seed, round,
                written).isEqualTo(BatchStatus.COMPLETED);
    }
}
