package org.carepay.payments.homecare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.carepay.cli.Terminal;
import org.carepay.corrections.VisitChanges;
import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.ingest.format.InboxKind;
import org.carepay.ledger.CarriedRecoveries;
import org.carepay.ledger.ReleasedPayments;
import org.carepay.ledger.RunLedger;
import org.carepay.ledger.RunRows;
import org.carepay.ledger.RunRows.Source;
import org.carepay.payments.LookBack;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRatingTasklet;
import org.carepay.reference.Valuations;
import org.carepay.rules.CarePackage;
import org.carepay.rules.Note;
import org.carepay.rules.PaidVisit;
import org.carepay.rules.RatedReturn;
import org.carepay.rules.Visit;
import org.carepay.rules.VisitCode;
import org.carepay.rules.VisitResult;
import org.carepay.valuation.Changes;
import org.carepay.valuation.PackageWeek;
import org.carepay.valuation.Scope;
import org.carepay.valuation.WeekValuation;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Step 1 of a homecare run: rates every visit of the week's current provider returns (R1, R2) with
 * the pure rules, return by return in record order, then the weekly cap package by package, and
 * writes the run's payment lines and exceptions with COPY; then R7: the adjustments of the released weeks
 * of its window and the carried recoveries. (One transaction, restartable:
 * {@link RunRatingTasklet}.)
 */
class RateVisitsTasklet extends RunRatingTasklet {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final int AHEAD = 2;

    /** The snapshots R2 reads: the run's inputs, and where R7 looks for changes. */
    private static final List<InboxKind> SNAPSHOTS = List.of(InboxKind.CLIENTS, InboxKind.PROVIDERS,
            InboxKind.RATES, InboxKind.PACKAGES, InboxKind.ABSENCES);

    /** By what changed (one per run that last valued a week): the providers it touches, worked out once. */
    private final Map<Changes, Set<String>> touchedProviders = new IdentityHashMap<>();
    private final Valuations valuations;
    private final ReturnVisits visits;
    private final LookBack lookBack;
    private final CarriedRecoveries recoveries;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Terminal terminal;

    RateVisitsTasklet(String runId, PaymentRuns runs, RunLedger ledger, Valuations valuations, ReturnVisits visits,
                      LookBack lookBack, CarriedRecoveries recoveries, JdbcTemplate jdbc, DataSource dataSource,
                      Terminal terminal) {
        super(runId, runs, ledger);
        this.valuations = valuations;
        this.visits = visits;
        this.lookBack = lookBack;
        this.recoveries = recoveries;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.terminal = terminal;
    }

    @Override
    protected void rate(PaymentRun run, StepContribution contribution)
            throws SQLException, InterruptedException, ExecutionException {
        WeekValuation valuation = valuations.current();
        List<ReturnFile> returns = visits.returnsOf(run.weekStart());
        List<Long> inputs = new ArrayList<>(valuations.snapshotIds(SNAPSHOTS));
        returns.forEach(file -> inputs.add(file.id()));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        // The next return is read and rated on a thread of its own while this one is written: the
        // database stores on one core while the rules run on the other. At most AHEAD returns wait.
        ExecutorService rater = Executors.newSingleThreadExecutor();
        try (Terminal.Progress progress = terminal.progress("rating", returns.size(), "returns")) {
            Deque<Future<RunRows>> rated = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            for (ReturnFile file : returns) {
                while (next < returns.size() && rated.size() < AHEAD) {
                    ReturnFile ahead = returns.get(next++);
                    rated.add(rater.submit(() -> rated(run, ahead, valuation)));
                }
                rated.poll().get().flush(connection);
                relistRefusedLines(file);
                contribution.incrementWriteCount(1);
                progress.at(++done, "");
            }
        } finally {
            rater.shutdownNow();
        }
        RunRows adjustments = new RunRows(runId);
        lookBack.adjust(run, adjustments, SNAPSHOTS, (week, released) ->
                valuedToday(week, released, valuation, inputs));
        adjustments.flush(connection);
        recoveries.settle(runId, run.weekStart());
        ledger.recordInputs(runId, inputs);
    }

    /**
     * R7: what of a released week may be worth something else today, rated again with today's data: a return
     * that changed since the week was last valued, or whose provider's rates changed, whole; in the returns of
     * the other providers the changed reference data touches, the visits of the changed clients and packages.
     * Every current return of the week goes to inputs, so the next run knows it was seen. An adjustment says
     * why by comparing the package's released visit lines with today's rating.
     */
    private LookBack.ValuedWeek valuedToday(LookBack.LookBackWeek lookBackWeek, ReleasedPayments released,
                                            WeekValuation valuation, List<Long> inputs) {
        LocalDate week = lookBackWeek.week();
        Changes changes = lookBackWeek.changes();
        Set<String> touched = touchedProviders.computeIfAbsent(changes, c -> c.homecareProviders(valuation.facts()));
        Map<PackageWeek, BigDecimal> worth = new HashMap<>();
        Map<String, RatedReturn> rated = new HashMap<>();
        Set<String> wholeReturns = new HashSet<>();
        for (ReturnFile file : visits.returnsOf(week)) {
            inputs.add(file.id());
            List<Visit> lines;
            if (changes.everything() || changes.ratesChanged(file.providerId(), CarePackage.HOMECARE)
                    || !lookBackWeek.valuedFrom().contains(file.id())) {
                lines = visits.of(file);
                wholeReturns.add(file.providerId());
            } else if (touched.contains(file.providerId())) {
                lines = visits.of(file, changes.clients(), changes.packages());
            } else {
                continue;
            }
            RatedReturn today = valuation.homecare(week, lines);
            rated.put(file.providerId(), today);
            worth.putAll(valuation.worth(week, file.providerId(), today));
        }
        String releasedRun = lookBackWeek.releasedRun();
        Scope scope = changes.everything() ? Scope.ALL
                : new Scope(wholeReturns, rated.isEmpty() ? Set.of() : changes.clients(), false);
        Map<String, Map<String, Map<String, BigDecimal>>> releasedVisits = new HashMap<>(); // by provider, package
        return new LookBack.ValuedWeek(scope, worth, (packageWeek, releasedAmount) -> VisitChanges.describe(
                packageWeek.packageId(), releasedVisits.computeIfAbsent(packageWeek.providerId(),
                        provider -> released.visits(releasedRun, provider)).getOrDefault(packageWeek.packageId(), Map.of()),
                rated.get(packageWeek.providerId()), releasedRun));
    }

    private RunRows rated(PaymentRun run, ReturnFile file, WeekValuation valuation) {
        RunRows rows = new RunRows(runId);
        rateReturn(run, file, valuation, rows);
        return rows;
    }

    private void rateReturn(PaymentRun run, ReturnFile file, WeekValuation valuation, RunRows rows) {
        RatedReturn rated = valuation.homecare(run.weekStart(), visits.of(file));
        for (VisitResult refused : rated.refused()) {
            exception(rows, refused.visit(), refused.notes().get(0), null);
        }
        rated.paidByPackage().forEach((packageId, paidVisits) -> {
            CarePackage pkg = valuation.facts().packages().get(packageId);
            for (PaidVisit paid : paidVisits) {
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

}
