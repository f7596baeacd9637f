package org.carepay.payments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.carepay.CarepayProperties;
import org.carepay.ledger.RunLedger;
import org.carepay.ledger.RunProviders;
import org.carepay.output.AtomicFile;
import org.carepay.payments.review.ControlTotal;
import org.carepay.payments.review.ExceptionTotal;
import org.carepay.payments.review.Correction;
import org.carepay.payments.review.InputFile;
import org.carepay.payments.review.LargeLine;
import org.carepay.payments.review.ProviderTotal;
import org.carepay.payments.review.QaFlag;
import org.carepay.payments.review.QaFlags;
import org.carepay.payments.review.QaPolicy;
import org.carepay.payments.review.QaReport;
import org.carepay.payments.review.ReviewDetails;
import org.carepay.payments.review.RunFacts;
import org.carepay.payments.review.RunSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the finance team reviews before approving a run (R8): qa-report.html with the flags, and
 * summary.json with the control totals of every file, the policy values and the inputs the run took.
 */
@Component
public class RunReview {

    private final JdbcTemplate jdbc;
    private final RunProviders providers;
    private final RunLedger ledger;
    private final CarepayProperties properties;

    public RunReview(JdbcTemplate jdbc, RunProviders providers, RunLedger ledger, CarepayProperties properties) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.providers = providers;
        this.properties = properties;
    }

    /** @param runProviders the run's providers with their totals (RunProviders.of), as its files were written */
    void write(Path folder, PaymentRun run, List<RunProviders.RunProvider> runProviders,
               List<RunFiles.ApPayment> payments) throws IOException {
        QaPolicy policy = qaPolicy();
        RunFacts facts = new RunFacts(run.runId(), run.kind().name(), run.weekStart(), RunStatus.PROPOSED.name(),
                run.proposedOn());
        List<ProviderTotal> providerTotals = providerTotals(run, runProviders);
        List<QaFlag> flags = QaFlags.of(policy, run.proposedOn(), providerTotals, largeLines(run, policy));
        List<ControlTotal> totals = controlTotals(run, runProviders, payments);
        SortedMap<String, String> policyValues = policyValues(policy);
        List<InputFile> inputs = ledger.inputs(run.runId());
        String html = QaReport.html(facts, policy, policyValues, inputs, flags, corrections(run), providerTotals,
                totals, details(run));
        String json = RunSummary.json(facts, policyValues, inputs, totals, flags);
        AtomicFile.write(folder.resolve("qa-report.html"), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        AtomicFile.write(folder.resolve("summary.json"), out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }

    private QaPolicy qaPolicy() {
        CarepayProperties.Qa qa = properties.qa();
        return new QaPolicy(qa.varianceFraction(), qa.varianceAmount(), qa.largeLine(), qa.bankChangeDays());
    }

    private SortedMap<String, String> policyValues(QaPolicy policy) {
        SortedMap<String, String> values = new TreeMap<>();
        values.putAll(properties.homecare().policyValues());
        values.put("payments.payment_days_after_week_start",
                Integer.toString(properties.payments().paymentDaysAfterWeekStart()));
        values.putAll(policy.values());
        return values;
    }

    /** Every provider of the run, with its totals in the last 4 released runs of the kind (newest first). */
    private List<ProviderTotal> providerTotals(PaymentRun run, List<RunProviders.RunProvider> runProviders) {
        return runProviders.stream().map(p -> new ProviderTotal(p.providerId(),
                p.supplierRef() == null ? "" : p.supplierRef(), p.total(), (int) p.lineCount(),
                releasedTotals(run, p.providerId()), p.bankDetailsChangedOn())).toList();
    }

    /** Its last 4 released runs: the released runs of the kind that paid it (R8), newest first. */
    private List<BigDecimal> releasedTotals(PaymentRun run, String providerId) {
        // Run by run, newest first, until four have paid it: a year of history is not summed for four totals.
        return jdbc.queryForList("""
                select t.total from payment_run r
                cross join lateral (select sum(l.amount) total from payment_line l
                                    where l.run_id = r.run_id and l.provider_id collate "C" = ?) t
                where r.kind = ? and r.status = 'RELEASED' and r.week_start < ? and t.total is not null
                order by r.week_start desc limit 4""", BigDecimal.class, providerId, run.kind().name(),
                run.weekStart());
    }

    private ReviewDetails details(PaymentRun run) {
        Map<String, String> names = providers.names(run.runId());
        List<ExceptionTotal> exceptions = jdbc.query("""
                select code, severity, count(*), coalesce(sum(amount_not_paid), 0) from run_exception where run_id = ?
                group by code, severity""", (rs, i) -> new ExceptionTotal(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getBigDecimal(4)), run.runId());
        List<ReviewDetails.WeekTotal> earlier = new ArrayList<>(jdbc.query("""
                select r.week_start, coalesce(sum(l.amount), 0) from payment_run r
                left join payment_line l on l.run_id = r.run_id
                where r.kind = ? and r.status = 'RELEASED' and r.week_start < ?
                group by r.week_start order by r.week_start desc limit ?""", (rs, i) -> new ReviewDetails.WeekTotal(
                rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)), run.kind().name(), run.weekStart(),
                ProviderTotal.HISTORY_RUNS));
        Collections.reverse(earlier);
        return new ReviewDetails(names, exceptions, earlier, run.kind() == RunKind.HOMECARE ? missingReturns(run)
                : List.of());
    }

    /** Homecare providers paid for visits by last week's live run that have no return for the run's week. */
    private List<String> missingReturns(PaymentRun run) {
        return jdbc.queryForList("""
                select provider_id from (
                    select distinct l.provider_id from payment_run r join payment_line l on l.run_id = r.run_id
                    where r.kind = 'HOMECARE' and r.week_start = ? and r.status <> 'SUPERSEDED'
                      and l.line_type = 'VISIT' and l.amount > 0 and not exists (select 1 from return_week w
                          where w.provider_id = l.provider_id and w.week_start = ?)) paid
                order by provider_id collate "C\"""", String.class, run.weekStart().minusDays(7), run.weekStart());
    }

    /** R7: the run's lines that correct released weeks, with their reasons. */
    private List<Correction> corrections(PaymentRun run) {
        return jdbc.query("""
                select provider_id, client_id, package_id, week_start, line_type, source_path, amount, detail
                from payment_line where run_id = ? and line_type in ('ADJUSTMENT', 'CARRIED_RECOVERY')""",
                (rs, i) -> new Correction(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
                        rs.getString(8)), run.runId());
    }

    private List<LargeLine> largeLines(PaymentRun run, QaPolicy policy) {
        return jdbc.query("""
                select provider_id, client_id, package_id, source_path || coalesce(':' || source_record, ''), amount
                from payment_line where run_id = ? and amount > ?
                order by provider_id collate "C", source_path collate "C", source_record""",
                (rs, i) -> new LargeLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5)), run.runId(), policy.largeLine());
    }

    private List<ControlTotal> controlTotals(PaymentRun run, List<RunProviders.RunProvider> runProviders,
                                             List<RunFiles.ApPayment> payments) {
        List<ControlTotal> totals = new ArrayList<>();
        // The ledger's own sums by provider, which the files step read: not a second pass over a million lines.
        totals.add(new ControlTotal("payment-lines.csv",
                runProviders.stream().mapToLong(RunProviders.RunProvider::lineCount).sum(),
                runProviders.stream().map(RunProviders.RunProvider::total).reduce(BigDecimal.ZERO, BigDecimal::add),
                runProviders.size()));
        totals.add(jdbc.queryForObject("select count(*), coalesce(sum(amount_not_paid), 0),"
                + " count(distinct provider_id) from run_exception where run_id = ?", (rs, i) -> new ControlTotal(
                "exceptions.csv", rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3)), run.runId()));
        totals.add(new ControlTotal("ap-payments.csv", payments.size(),
                payments.stream().map(RunFiles.ApPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                payments.size()));
        return totals;
    }

}
