package org.carepay.billing;

import java.sql.Connection;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.carepay.cli.Terminal;
import org.carepay.corrections.ChargeCorrections;
import org.carepay.corrections.ReleasedWeek;
import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.ledger.ClaimType;
import org.carepay.ledger.ReferenceChanges;
import org.carepay.ledger.RatedReturns;
import org.carepay.ledger.ReleasedCharges;
import org.carepay.ledger.RunClaims;
import org.carepay.ledger.RunLedger;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRatingTasklet;
import org.carepay.reference.Valuations;
import org.carepay.rules.BillingPeriod;
import org.carepay.rules.ChargeLine;
import org.carepay.rules.ChargeableCost;
import org.carepay.rules.ClientBill;
import org.carepay.rules.CourtOfProtectionDebt;
import org.carepay.rules.CourtOfProtectionDebt.AccruedWeek;
import org.carepay.rules.WeekCharge;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Step 1 of a billing run (R6): the amounts R2, R3 and R4 give each chargeable package in each week of the
 * period, recomputed with the data the run sees; then per client and week the WEEK line; R7's ARREARS and
 * CREDIT lines for the released weeks of its window; the Court of Protection debts; and each client's bill. (One transaction, restartable: {@link RunRatingTasklet}.)
 */
class RateChargesTasklet extends RunRatingTasklet {

    private static final int CLIENTS_PER_COPY = 10_000;

    private final Terminal terminal;
    private final BillingReference reference;
    private final ReturnVisits visits;
    private final ReleasedCharges releasedCharges;
    private final ReferenceChanges referenceChanges;
    private final RatedReturns ratedReturns;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    RateChargesTasklet(String runId, PaymentRuns runs, RunLedger ledger, BillingReference reference,
                       ReturnVisits visits, ReleasedCharges releasedCharges, ReferenceChanges referenceChanges,
                       RatedReturns ratedReturns, JdbcTemplate jdbc, DataSource dataSource, Terminal terminal) {
        super(runId, runs, ledger);
        this.terminal = terminal;
        this.reference = reference;
        this.visits = visits;
        this.releasedCharges = releasedCharges;
        this.referenceChanges = referenceChanges;
        this.ratedReturns = ratedReturns;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    protected void rate(PaymentRun run, StepContribution contribution) throws SQLException {
        BillingPeriod period = new BillingPeriod(run.weekStart());
        BillingReference.Data data = reference.load();
        List<Long> inputs = new ArrayList<>(reference.inputIds());
        PeriodCosts costs = new PeriodCosts();
        for (LocalDate week : period.weeks()) {
            visitCosts(week, data, costs, inputs);
            scheduledCosts(week, data, costs);
        }
        ChargeLookBack lookBack = ChargeLookBack.of(period.start(), data, costs, inputs, releasedCharges,
                referenceChanges, visits, invoiceFiles());
        SortedSet<LocalDate> weeks = new TreeSet<>(period.weeks());
        weeks.addAll(lookBack.billed().keySet());
        costs.addInvoices(weeks, data.valuation().invoices(data.invoices()));
        RunClaims claims = new RunClaims(jdbc, runId);
        Map<String, List<AccruedLine>> accrued = accruedLines(claims);
        SortedSet<String> clients = costs.clients();
        clients.addAll(accrued.keySet());
        clients.addAll(lookBack.clients());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ChargeRows rows = new ChargeRows(runId);
        try (Terminal.Progress progress = terminal.progress("billing", clients.size(), "clients")) {
            int done = 0;
            for (String clientId : clients) {
                BillingClient client = data.accounts().get(clientId);
                if (client != null) { // a client gone from the snapshot keeps its accrued debt until it is back
                    bill(period, lookBack, client, data, costs, accrued.getOrDefault(clientId, List.of()), claims,
                            rows);
                    contribution.incrementWriteCount(1);
                    if (contribution.getWriteCount() % CLIENTS_PER_COPY == 0) {
                        rows.flush(connection); // the rows of a whole county's clients need not all wait in memory
                    }
                }
                progress.at(++done, "");
            }
        }
        rows.flush(connection);
        ledger.recordInputs(runId, inputs);
    }

    /** The invoice files taken in, by path: R7 tells an invoice line taken in since a week was billed by its file. */
    private Map<String, Set<Long>> invoiceFiles() {
        Map<String, Set<Long>> files = new HashMap<>();
        jdbc.query("select path, id from inbox_file where kind = 'INVOICES' and status = 'TAKEN_IN'", rs -> {
            files.computeIfAbsent(rs.getString(1), path -> new HashSet<>()).add(rs.getLong(2));
        });
        return files;
    }

    /**
     * R2: the week's current returns rated as the homecare run rates them; each package's amount after the cap.
     * A return that a live homecare run rated with the same snapshots and policy values is not rated again:
     * that run's visit lines say what each package is worth.
     */
    private void visitCosts(LocalDate week, BillingReference.Data data, PeriodCosts costs, List<Long> inputs) {
        Map<Long, String> ratedBy = ratedReturns.ratedWith(week, Valuations.HOMECARE_SNAPSHOTS,
                reference.homecareSnapshotIds(), reference.homecarePolicyValues());
        Map<String, Map<String, Map<String, BigDecimal>>> amountsByRun = new HashMap<>();
        for (ReturnFile file : visits.returnsOf(week)) {
            inputs.add(file.id());
            String run = ratedBy.get(file.id());
            if (run != null) {
                Map<String, BigDecimal> amounts = amountsByRun.computeIfAbsent(run, ratedReturns::packageAmounts)
                        .getOrDefault(file.path(), Map.of());
                costs.addPackages(week, amounts, data.facts());
            } else {
                costs.addReturn(week, data.valuation().homecare(week, visits.of(file)), data.facts());
            }
        }
    }

    /**
     * R3: the gross amount of every PLANNED package charged to its client (a NET home is not, so no
     * contribution is taken off here), and the paid days of the gross care homes.
     */
    private static void scheduledCosts(LocalDate week, BillingReference.Data data, PeriodCosts costs) {
        costs.addScheduled(week, data.valuation().chargedScheduled(week));
    }

    /** The client's WEEK lines, R7's corrections of earlier weeks, Court of Protection debt and bill. */
    private void bill(BillingPeriod period, ChargeLookBack lookBack, BillingClient client, BillingReference.Data data,
                      PeriodCosts costs, List<AccruedLine> accruedBefore, RunClaims claims, ChargeRows rows) {
        List<ChargeLine> lines = new ArrayList<>();
        List<AccruedWeek> accrued = new ArrayList<>(accruedBefore.stream().map(AccruedLine::week).toList());
        for (LocalDate week : period.weeks()) {
            ChargeableCost cost = ChargeableCost.of(costs.items(client.clientId(), week));
            Optional<WeekCharge> charge = weekCharge(week, cost, client, data, costs);
            if (charge.isEmpty()) {
                continue;
            }
            WeekCharge weekCharge = charge.get();
            lines.add(ChargeLine.week(weekCharge, weekDetail(weekCharge, client)));
            for (ChargeableCost.PackageWeek packageWeek : cost.packages()) {
                String provider = packageWeek.pkg().providerId(); // its id, when providers.csv has it no more
                rows.item(client.clientId(), week, packageWeek, data.providerNames().getOrDefault(provider, provider));
            }
            if (weekCharge.status() == WeekCharge.Status.NOT_ASSESSED) {
                rows.exception("NOT_ASSESSED", client, week, "no contribution row for a day of the week with"
                        + " chargeable care: charge " + weekCharge.charge() + " shown, not billed");
            } else if (weekCharge.status() == WeekCharge.Status.ACCRUED) {
                accrued.add(new AccruedWeek(week, weekCharge.charge()));
            }
        }
        Map<LocalDate, ReleasedWeek> released = lookBack.released(client.clientId());
        lookBack.billed().forEach((week, billedIn) -> {
            if (!lookBack.covers(client.clientId(), week)) {
                return; // nothing that could change its charge changed since the week was billed
            }
            ChargeableCost cost = ChargeableCost.of(costs.items(client.clientId(), week));
            ChargeCorrections.correction(week, weekCharge(week, cost, client, data, costs),
                            released.getOrDefault(week, ReleasedWeek.NOTHING), client.accrues(), client.dateOfDeath(),
                            billedIn)
                    .ifPresent(line -> {
                        lines.add(line);
                        if (line.status() == WeekCharge.Status.ACCRUED) {
                            accrued.add(new AccruedWeek(week, line.charge()));
                        }
                    });
        });
        copDebt(client, accruedBefore, accrued, claims, lines, rows);
        lines.forEach(line -> rows.line(client.clientId(), line));
        rows.bill(client, client.billTo(period.end()), ClientBill.of(lines));
    }

    /**
     * R6, Court of Protection: an ACCRUE client's debt is reported as it grows; once the client is NORMAL,
     * the weeks accrued in released runs are billed in one COP_ARREARS line, each week claimed so that it
     * is billed once.
     */
    private void copDebt(BillingClient client, List<AccruedLine> accruedBefore, List<AccruedWeek> accrued,
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
        accruedBefore.forEach(line -> claims.take(ClaimType.ACCRUED_LINE, Long.toString(line.lineId())));
        CourtOfProtectionDebt debt = CourtOfProtectionDebt.of(accruedBefore.stream().map(AccruedLine::week).toList());
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

    /** R6 for the client-week with the data the run sees: the WEEK line, if the week has a chargeable cost. */
    static Optional<WeekCharge> weekCharge(LocalDate week, ChargeableCost cost, BillingClient client,
                                           BillingReference.Data data, PeriodCosts costs) {
        return WeekCharge.of(week, data.facts().facts(client.clientId()), client.billingStatus(),
                data.facts().contributionsOf(client.clientId()), cost, costs.careHomeDays(client.clientId(), week));
    }

    /**
     * The ACCRUED lines of released billing runs (WEEK lines, and R7's ARREARS and CREDIT lines of an ACCRUE
     * client) that no live run has billed yet, by client.
     */
    private Map<String, List<AccruedLine>> accruedLines(RunClaims claims) {
        Map<String, List<AccruedLine>> lines = new TreeMap<>();
        jdbc.query("""
                select l.line_id, l.client_id, l.week_start, l.charge from charge_line l
                join payment_run r on r.run_id = l.run_id
                where r.kind = 'BILLING' and r.status = 'RELEASED' and l.status = 'ACCRUED'
                order by l.client_id, l.week_start, l.line_id""", rs -> {
            long lineId = rs.getLong(1);
            if (!claims.isTaken(ClaimType.ACCRUED_LINE, Long.toString(lineId))) {
                lines.computeIfAbsent(rs.getString(2), c -> new ArrayList<>()).add(new AccruedLine(lineId,
                        new AccruedWeek(rs.getObject(3, LocalDate.class), rs.getBigDecimal(4))));
            }
        });
        return lines;
    }

    /** An ACCRUED line of a released run, by its id: what a COP_ARREARS line claims. */
    private record AccruedLine(long lineId, AccruedWeek week) {
    }

}
