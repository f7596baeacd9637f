package org.carepay.payments.homecare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunLedger;
import org.carepay.payments.RunRatingTasklet;
import org.carepay.payments.RunRows;
import org.carepay.payments.RunRows.Source;
import org.carepay.rules.CarePackage;
import org.carepay.rules.HomecarePolicy;
import org.carepay.rules.Note;
import org.carepay.rules.PaidVisit;
import org.carepay.rules.ReturnChecker;
import org.carepay.rules.Visit;
import org.carepay.rules.VisitCode;
import org.carepay.rules.VisitResult;
import org.carepay.rules.WeeklyCap;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Step 1 of a homecare run: rates every visit of the week's current provider returns (R1, R2) with
 * the pure rules, return by return in record order, then the weekly cap package by package, and
 * writes the run's payment lines and exceptions with COPY. (One transaction, restartable:
 * {@link RunRatingTasklet}.)
 */
class RateVisitsTasklet extends RunRatingTasklet {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final int AHEAD = 2;

    private final HomecareReference reference;
    private final HomecarePolicy policy;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    RateVisitsTasklet(String runId, PaymentRuns runs, RunLedger ledger, HomecareReference reference,
                      HomecarePolicy policy, JdbcTemplate jdbc, DataSource dataSource) {
        super(runId, runs, ledger);
        this.reference = reference;
        this.policy = policy;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    protected void rate(PaymentRun run, StepContribution contribution)
            throws SQLException, InterruptedException, ExecutionException {
        HomecareReference.Data data = reference.load();
        List<ReturnFile> returns = jdbc.query("""
                select f.id, f.path, w.provider_id from return_week w join inbox_file f on f.id = w.file_id
                where w.week_start = ? order by w.provider_id""",
                (rs, i) -> new ReturnFile(rs.getLong(1), rs.getString(2), rs.getString(3)), run.weekStart());
        recordInputs(returns);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        // The next return is read and rated on a thread of its own while this one is written: the
        // database stores on one core while the rules run on the other. At most AHEAD returns wait.
        ExecutorService rater = Executors.newSingleThreadExecutor();
        try {
            Deque<Future<RunRows>> rated = new ArrayDeque<>();
            int next = 0;
            for (ReturnFile file : returns) {
                while (next < returns.size() && rated.size() < AHEAD) {
                    ReturnFile ahead = returns.get(next++);
                    rated.add(rater.submit(() -> rated(run, ahead, data)));
                }
                rated.poll().get().flush(connection);
                relistRefusedLines(file);
                contribution.incrementWriteCount(1);
            }
        } finally {
            rater.shutdownNow();
        }
    }

    private RunRows rated(PaymentRun run, ReturnFile file, HomecareReference.Data data) {
        RunRows rows = new RunRows(runId);
        rateReturn(run, file, data, rows);
        return rows;
    }

    private void recordInputs(List<ReturnFile> returns) {
        List<Long> inputs = new ArrayList<>(reference.snapshotIds());
        returns.forEach(file -> inputs.add(file.id()));
        ledger.recordInputs(runId, inputs);
    }

    private void rateReturn(PaymentRun run, ReturnFile file, HomecareReference.Data data, RunRows rows) {
        ReturnChecker checker = new ReturnChecker(run.weekStart(), policy, data.rates());
        Map<String, List<VisitResult>> acceptedByPackage = new LinkedHashMap<>();
        for (Visit visit : visits(file)) {
            VisitResult result = checker.check(visit, data.clients().get(visit.clientId()),
                    data.packages().get(visit.packageId()));
            if (result.accepted()) {
                acceptedByPackage.computeIfAbsent(visit.packageId(), p -> new ArrayList<>()).add(result);
            } else {
                Note refusal = result.notes().get(0);
                exception(rows, visit, refusal, null);
            }
        }
        acceptedByPackage.forEach((packageId, accepted) -> {
            CarePackage pkg = data.packages().get(packageId);
            for (PaidVisit paid : WeeklyCap.apply(pkg, accepted)) {
                Visit visit = paid.result().visit();
                rows.line(visit.providerId(), visit.clientId(), packageId, pkg.serviceType(), visit.weekStart(),
                        visit.visitDate(), "VISIT", source(visit), BigDecimal.valueOf(paid.carerMinutesPaid()),
                        paid.amount());
                for (Note note : paid.notes()) {
                    exception(rows, visit, note, amountNotPaid(paid.result(), note));
                }
            }
        });
    }

    private static void exception(RunRows rows, Visit visit, Note note, BigDecimal amountNotPaid) {
        rows.exception(note.code().name(), note.code().severity(), visit.providerId(), visit.clientId(),
                visit.packageId(), source(visit), visit.visitDate().toString(), note.detail(), amountNotPaid);
    }

    /**
     * What an INFO note left unpaid, at the visit's rate: SHORT_VISIT and OVER_DELIVERY count minutes of
     * each paid carer, CARERS_EXCEED_PLAN and WEEKLY_CAP_EXCEEDED carer-minutes.
     */
    private static BigDecimal amountNotPaid(VisitResult result, Note note) {
        if (note.minutesNotPaid() == null) {
            return null;
        }
        boolean perCarer = note.code() == VisitCode.SHORT_VISIT || note.code() == VisitCode.OVER_DELIVERY;
        long carerMinutes = (long) note.minutesNotPaid() * (perCarer ? result.paidCarers() : 1);
        return BigDecimal.valueOf(carerMinutes).multiply(result.hourlyRate())
                .divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    private List<Visit> visits(ReturnFile file) {
        return jdbc.query("select * from visit where file_id = ? order by record_no", (rs, i) -> new Visit(
                file.path() + ":" + rs.getInt("record_no"), rs.getInt("record_no"), rs.getString("provider_id"),
                rs.getObject("week_start", LocalDate.class), rs.getString("client_id"), rs.getString("package_id"),
                rs.getObject("visit_date", LocalDate.class), rs.getObject("planned_start", LocalTime.class),
                rs.getInt("planned_minutes"), rs.getObject("actual_start", LocalTime.class),
                rs.getInt("actual_minutes"), rs.getInt("carers"), rs.getString("carer_ref"),
                rs.getString("variation_ref")), file.id());
    }

    private static Source source(Visit visit) {
        String path = visit.source().substring(0, visit.source().lastIndexOf(':'));
        return new Source(path, visit.recordNo());
    }

    /** R2's code 1: the lines ingest refused INVALID_LINE are listed by the run that would have paid them. */
    private void relistRefusedLines(ReturnFile file) {
        jdbc.update("""
                insert into run_exception (run_id, code, severity, provider_id, client_id, package_id, source_path,
                  source_record, service_date, detail)
                select ?, code, severity, coalesce(provider_id, ?), client_id, package_id, ?, record_no, service_date,
                       detail
                from ingest_exception where file_id = ? and code = 'INVALID_LINE'""",
                runId, file.providerId(), file.path(), file.id());
    }

    private record ReturnFile(long id, String path, String providerId) {
    }
}
