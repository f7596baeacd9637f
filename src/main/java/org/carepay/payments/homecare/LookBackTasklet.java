package org.carepay.payments.homecare;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.carepay.corrections.VisitChanges;
import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.ledger.CarriedRecoveries;
import org.carepay.ledger.ReleasedPayments;
import org.carepay.ledger.RunLedger;
import org.carepay.ledger.RunRows;
import org.carepay.payments.LookBack;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRefused;
import org.carepay.payments.RunValuations;
import org.carepay.reference.Valuations;
import org.carepay.rules.CarePackage;
import org.carepay.rules.RatedReturn;
import org.carepay.rules.Visit;
import org.carepay.valuation.Changes;
import org.carepay.valuation.PackageWeek;
import org.carepay.valuation.Scope;
import org.carepay.valuation.WeekValuation;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The homecare run's step after its week is rated, in one transaction: R7, the adjustments of the released
 * weeks of its window and the carried recoveries; the returns those weeks were valued with join the run's
 * inputs; then fresh statistics of the ledger for the files that follow.
 */
class LookBackTasklet implements Tasklet {

    /** By what changed (one per run that last valued a week): the providers it touches, worked out once. */
    private final Map<Changes, Set<String>> touchedProviders = new IdentityHashMap<>();
    private final String runId;
    private final PaymentRuns runs;
    private final RunLedger ledger;
    private final RunValuations valuations;
    private final ReturnVisits visits;
    private final LookBack lookBack;
    private final CarriedRecoveries recoveries;
    private final DataSource dataSource;

    LookBackTasklet(String runId, PaymentRuns runs, RunLedger ledger, RunValuations valuations, ReturnVisits visits,
                    LookBack lookBack, CarriedRecoveries recoveries, DataSource dataSource) {
        this.runId = runId;
        this.runs = runs;
        this.ledger = ledger;
        this.valuations = valuations;
        this.visits = visits;
        this.lookBack = lookBack;
        this.recoveries = recoveries;
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException, RunRefused {
        PaymentRun run = runs.get(runId);
        WeekValuation valuation = valuations.of(runId);
        List<Long> inputs = new ArrayList<>();
        RunRows adjustments = new RunRows(runId);
        lookBack.adjust(run, adjustments, Valuations.HOMECARE_SNAPSHOTS, (week, released) ->
                valuedToday(week, released, valuation, inputs));
        adjustments.flush(DataSourceUtils.getConnection(dataSource));
        recoveries.settle(runId, run.weekStart());
        ledger.recordInputs(runId, inputs);
        ledger.analyze(false);
        return RepeatStatus.FINISHED;
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
}
