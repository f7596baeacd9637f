package org.carepay.payments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.carepay.ingest.format.InboxKind;
import org.carepay.reference.ReferenceSnapshots;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last step of every payment run: writes the run's files from its ledger rows (each file
 * atomically, so a rerun replaces them with the same bytes), then marks the run PROPOSED.
 */
public class WriteRunFilesTasklet implements Tasklet {

    private final String runId;
    private final PaymentRuns runs;
    private final RunFiles files;
    private final RunReview review;
    private final ReferenceSnapshots snapshots;
    private final JdbcTemplate jdbc;
    private final Path out;
    private final int paymentDaysAfterWeekStart;

    public WriteRunFilesTasklet(String runId, PaymentRuns runs, RunFiles files, RunReview review,
                                ReferenceSnapshots snapshots, JdbcTemplate jdbc, Path out,
                                int paymentDaysAfterWeekStart) {
        this.runId = runId;
        this.runs = runs;
        this.files = files;
        this.review = review;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.out = out;
        this.paymentDaysAfterWeekStart = paymentDaysAfterWeekStart;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws IOException, RunRefused {
        PaymentRun run = runs.get(runId);
        Path folder = RunFiles.folder(out, runId);
        List<RunFiles.ApPayment> payments = payments(run);
        files.write(folder, run, payments);
        review.write(folder, run, payments);
        runs.proposed(runId);
        return RepeatStatus.FINISHED;
    }

    /**
     * The reference the provider sees on its bank statement and remittance: short enough for the 18
     * characters of a BACS reference (HC261116-1/P01).
     */
    static String remittanceRef(PaymentRun run, String providerId) {
        return run.kind().prefix() + run.weekStart().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
                + "-" + run.attempt() + "/" + providerId;
    }

    /** ap-payments.csv: a provider whose run total is above 0 is paid it (R7: a negative one nothing). */
    private List<RunFiles.ApPayment> payments(PaymentRun run) {
        return jdbc.query("""
                select l.provider_id, p.supplier_ref, sum(l.amount) total, count(*) lines
                from payment_line l left join provider p on p.file_id = ? and p.provider_id = l.provider_id
                where l.run_id = ? group by l.provider_id, p.supplier_ref having sum(l.amount) > 0
                order by l.provider_id collate "C\"""", (rs, i) -> new RunFiles.ApPayment(rs.getString(1),
                rs.getString(2), run.weekStart().plusDays(paymentDaysAfterWeekStart), rs.getBigDecimal(3),
                rs.getLong(4), remittanceRef(run, rs.getString(1))),
                snapshots.currentOrNone(InboxKind.PROVIDERS), run.runId());
    }
}
