package org.carepay.billing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.SortedSet;

import javax.sql.DataSource;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.ledger.ClaimType;
import org.carepay.ledger.RunClaims;
import org.carepay.ledger.RunLedger;
import org.carepay.payments.RunRatingTasklet;
import org.carepay.rules.BillingPeriod;
import org.carepay.rules.CarePackage;
import org.carepay.rules.ChargeLine;
import org.carepay.rules.ChargeableCost;
import org.carepay.rules.ClientBill;
import org.carepay.rules.ContributionHistory;
import org.carepay.rules.CostItem;
import org.carepay.rules.CourtOfProtectionDebt;
import org.carepay.rules.CourtOfProtectionDebt.AccruedWeek;
import org.carepay.rules.Invoice;
import org.carepay.rules.InvoiceChecker;
import org.carepay.rules.InvoiceResult;
import org.carepay.rules.RatedReturn;
import org.carepay.rules.ScheduledPayment;
import org.carepay.rules.WeekCharge;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Step 1 of a billing run (R6): the amounts R2, R3 and R4 give each chargeable package in each week of the
 * period, recomputed with the data the run sees; then per client and week the WEEK line; the Court of
 * Protection debts; and each client's bill. (One transaction, restartable: {@link RunRatingTasklet}.)
 */
class RateChargesTasklet extends RunRatingTasklet {

    private static final int CLIENTS_PER_COPY = 10_000;

    private final BillingReference reference;
    private final ReturnVisits visits;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    RateChargesTasklet(String runId, PaymentRuns runs, RunLedger ledger, BillingReference reference,
                       ReturnVisits visits, JdbcTemplate jdbc, DataSource dataSource) {
        super(runId, runs, ledger);
        this.reference = reference;
        this.visits = visits;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    protected void rate(PaymentRun run, StepContribution contribution) throws SQLException {
        BillingPeriod period = new BillingPeriod(run.weekStart());
        BillingReference.Data data = reference.load();
        List<Long> inputs = new ArrayList<>(reference.inputIds());
        PeriodCosts costs = periodCosts(period, data, inputs);
        RunClaims claims = new RunClaims(jdbc, runId);
        Map<String, List<AccruedWeek>> accrued = accruedWeeks(claims);
        SortedSet<String> clients = costs.clients();
        clients.addAll(accrued.keySet());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ChargeRows rows = new ChargeRows(runId);
        for (String clientId : clients) {
            BillingClient client = data.accounts().get(clientId);
            if (client != null) { // a client gone from the snapshot keeps its accrued debt until it is back
                bill(period, client, data, costs, accrued.getOrDefault(clientId, List.of()), claims, rows);
                contribution.incrementWriteCount(1);
                if (contribution.getWriteCount() % CLIENTS_PER_COPY == 0) {
                    rows.flush(connection); // the rows of a whole county's clients need not all wait in memory
                }
            }
        }
        rows.flush(connection);
        ledger.recordInputs(runId, inputs);
    }

    /** What R2, R3 and R4 give each chargeable package in each week of the period; the returns read go to inputs. */
    private PeriodCosts periodCosts(BillingPeriod period, BillingReference.Data data, List<Long> inputs) {
        PeriodCosts costs = new PeriodCosts();
        for (LocalDate week : period.weeks()) {
            visitCosts(week, data, costs, inputs);
            scheduledCosts(week, data, costs);
        }
        invoiceCosts(period, data, costs);
        return costs;
    }

    /** R2: the week's current returns rated as the homecare run rates them; each package's amount after the cap. */
    private void visitCosts(LocalDate week, BillingReference.Data data, PeriodCosts costs, List<Long> inputs) {
        for (ReturnFile file : visits.returnsOf(week)) {
            inputs.add(file.id());
            RatedReturn rated = data.valuation().homecare(week, visits.of(file));
            for (String packageId : rated.paidByPackage().keySet()) {
                costs.add(week, new CostItem(data.facts().packages().get(packageId), rated.amountOf(packageId)));
            }
        }
    }

    /**
     * R3: the gross amount of every PLANNED package charged to its client (a NET home is not, so no
     * contribution is taken off here), and the paid days of the gross care homes.
     */
    private void scheduledCosts(LocalDate week, BillingReference.Data data, PeriodCosts costs) {
        for (ScheduledPayment paid : data.valuation().chargedScheduled(week)) {
            if (!paid.paid()) {
                continue;
            }
            CarePackage pkg = paid.pkg();
            costs.add(week, new CostItem(pkg, paid.amount()));
            if (CarePackage.RESIDENTIAL.equals(pkg.serviceType()) || CarePackage.NURSING.equals(pkg.serviceType())) {
                costs.addCareHomeDays(pkg.clientId(), week, paid.paidDates());
            }
        }
    }

    /** R4: every invoice line checked in the ingest order; an accepted one counts in the week of its period_end. */
    private void invoiceCosts(BillingPeriod period, BillingReference.Data data, PeriodCosts costs) {
        InvoiceChecker checker = new InvoiceChecker(data.facts().rates());
        for (Invoice line : data.invoices()) {
            CarePackage pkg = data.facts().packages().get(line.packageId());
            InvoiceResult result = checker.check(line, data.facts().providers().contains(line.providerId()),
                    data.facts().clients().get(line.clientId()), pkg);
            if (result.accepted()) {
                period.weekOf(line.periodEnd()).ifPresent(week -> costs.add(week, new CostItem(pkg, line.amount())));
            }
        }
    }

    /** The client's WEEK lines, Court of Protection debt and bill. */
    private void bill(BillingPeriod period, BillingClient client, BillingReference.Data data, PeriodCosts costs,
                      List<AccruedWeek> accruedBefore, RunClaims claims, ChargeRows rows) {
        List<ChargeLine> lines = new ArrayList<>();
        List<AccruedWeek> accrued = new ArrayList<>(accruedBefore);
        ContributionHistory contributions = data.facts().contributionsOf(client.clientId());
        for (LocalDate week : period.weeks()) {
            ChargeableCost cost = ChargeableCost.of(costs.items(client.clientId(), week));
            Optional<WeekCharge> charge = WeekCharge.of(week, data.facts().facts(client.clientId()), client.billingStatus(),
                    contributions, cost, costs.careHomeDays(client.clientId(), week));
            if (charge.isEmpty()) {
                continue;
            }
            WeekCharge weekCharge = charge.get();
            lines.add(ChargeLine.week(weekCharge, weekDetail(weekCharge, client)));
            for (ChargeableCost.PackageWeek packageWeek : cost.packages()) {
                rows.item(client.clientId(), week, packageWeek, data.providerNames().get(packageWeek.pkg().providerId()));
            }
            if (weekCharge.status() == WeekCharge.Status.NOT_ASSESSED) {
                rows.exception("NOT_ASSESSED", client, week, "no contribution row for a day of the week with"
                        + " chargeable care: charge " + weekCharge.charge() + " shown, not billed");
            } else if (weekCharge.status() == WeekCharge.Status.ACCRUED) {
                accrued.add(new AccruedWeek(week, weekCharge.charge()));
            }
        }
        copDebt(client, accruedBefore, accrued, claims, lines, rows);
        lines.forEach(line -> rows.line(client.clientId(), line));
        rows.bill(client, client.billTo(period.end()), ClientBill.of(lines));
    }

    /**
     * R6, Court of Protection: an ACCRUE client's debt is reported as it grows; once the client is NORMAL,
     * the weeks accrued in released runs are billed in one COP_ARREARS line, each week claimed so that it
     * is billed once.
     */
    private void copDebt(BillingClient client, List<AccruedWeek> accruedBefore, List<AccruedWeek> accrued,
                         RunClaims claims, List<ChargeLine> lines, ChargeRows rows) {
        if (client.accrues()) {
            if (!accrued.isEmpty()) {
                rows.copDebt(client.clientId(), CourtOfProtectionDebt.of(accrued), false);
            }
            return;
        }
        if (accruedBefore.isEmpty()) {
            return;
        }
        accruedBefore.forEach(week -> claims.take(ClaimType.ACCRUED_WEEK, copItem(client.clientId(), week)));
        CourtOfProtectionDebt debt = CourtOfProtectionDebt.of(accruedBefore);
        lines.add(debt.arrearsLine());
        rows.copDebt(client.clientId(), debt, true);
    }

    private static String weekDetail(WeekCharge charge, BillingClient client) {
        return switch (charge.status()) {
            case NOT_ASSESSED -> "not assessed: billed once an assessment covers the week";
            case ACCRUED -> "Court of Protection case: accrued, not billed";
            case BILLED -> client.dateOfDeath() != null && client.dateOfDeath().isBefore(charge.weekStart().plusDays(6))
                    ? "charged to the date of death " + client.dateOfDeath() : null;
        };
    }

    /**
     * The ACCRUED WEEK lines of released billing runs that no live run has billed yet, by client.
     */
    private Map<String, List<AccruedWeek>> accruedWeeks(RunClaims claims) {
        Map<String, List<AccruedWeek>> weeks = new TreeMap<>();
        jdbc.query("""
                select l.client_id, l.week_start, l.charge from charge_line l
                join payment_run r on r.run_id = l.run_id
                where r.kind = 'BILLING' and r.status = 'RELEASED' and l.line_type = 'WEEK' and l.status = 'ACCRUED'
                order by l.client_id, l.week_start""", rs -> {
            String clientId = rs.getString(1);
            AccruedWeek week = new AccruedWeek(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3));
            if (!claims.isTaken(ClaimType.ACCRUED_WEEK, copItem(clientId, week))) {
                weeks.computeIfAbsent(clientId, c -> new ArrayList<>()).add(week);
            }
        });
        return weeks;
    }

    /** A week is released in one billing run only (its period's), so the client and week name it. */
    private static String copItem(String clientId, AccruedWeek week) {
        return clientId + "|" + week.weekStart();
    }
}
