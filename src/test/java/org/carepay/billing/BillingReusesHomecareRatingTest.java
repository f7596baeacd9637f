package org.carepay.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRunConfiguration;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunKind;
import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Issue #13, each visit valued once: a billing run takes a live homecare run's visit lines for the returns that
 * run rated with the data the billing run sees, and rates again only the others; its charges are the same.
 */
class BillingReusesHomecareRatingTest extends DatabaseTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    /** The billing run's rows, without the ids the database and the run hand out. */
    private static final String CHARGES = """
            select (to_jsonb(l) - 'line_id' - 'run_id')::text from charge_line l where run_id = ?
            union all select (to_jsonb(i) - 'run_id')::text from charge_item i where run_id = ?
            union all select (to_jsonb(b) - 'run_id')::text from run_bill b where run_id = ?
            order by 1""";

    @Autowired
    Job billingRunJob;
    @Autowired
    Job homecareRunJob;
    @Autowired
    PaymentRuns runs;

    @MockitoSpyBean
    ReturnVisits visits;

    @Test
    void theReturnsAHomecareRunRatedWithTheSameDataAreNotRatedAgain() throws Exception {
        ingestSampleData();
        List<String> rated = charges(propose(RunKind.BILLING, billingRunJob, "2026-11-30"));
        verify(visits, times(3)).of(any(ReturnFile.class)); // P01, P02 (v2) and P03's returns of the week

        propose(RunKind.HOMECARE, homecareRunJob, "2026-11-24");
        clearInvocations(visits);
        List<String> reused = charges(propose(RunKind.BILLING, billingRunJob, "2026-11-30"));
        verify(visits, never()).of(any(ReturnFile.class));
        assertThat(reused).isEqualTo(rated).filteredOn(row -> row.contains("\"line_type\"")) // the charge lines:
                .hasSize(63); // as golden/sample-data/BL-2026-11-16-1/charge-lines.csv, worked out by hand

        // Week 2 brings new clients, packages and contributions, and P03's return of the week again: the
        // homecare run's rating read other snapshots, so every return of the week is rated again.
        ingest(Path.of("sample-data/week2"));
        clearInvocations(visits);
        propose(RunKind.BILLING, billingRunJob, "2026-11-30");
        verify(visits, atLeastOnce()).of(argThat((ReturnFile file) -> file != null
                && file.path().equals("returns/P01-2026-11-16.csv")));
    }

    private PaymentRun propose(RunKind kind, Job job, String proposedOn) throws Exception {
        PaymentRun run = runs.propose(kind, WEEK, "ann", LocalDate.parse(proposedOn));
        assertThat(jobOperator.start(job, new JobParametersBuilder()
                .addString(PaymentRunConfiguration.RUN_ID, run.runId()).toJobParameters()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    private List<String> charges(PaymentRun run) {
        return jdbc.queryForList(CHARGES, String.class, run.runId(), run.runId(), run.runId());
    }
}
