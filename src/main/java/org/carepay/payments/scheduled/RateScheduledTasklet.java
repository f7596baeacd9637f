package org.carepay.payments.scheduled;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.carepay.cli.Terminal;
import org.carepay.corrections.ScheduledChange;
import org.carepay.ledger.CarriedRecoveries;
import org.carepay.ledger.ClaimType;
import org.carepay.ledger.ManagedAccounts;
import org.carepay.ledger.ReleasedPayments;
import org.carepay.ledger.RunClaims;
import org.carepay.ledger.RunLedger;
import org.carepay.ledger.RunRows;
import org.carepay.ledger.RunRows.Source;
import org.carepay.payments.LookBack;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRatingTasklet;
import org.carepay.reference.Valuations;
import org.carepay.rules.AdhocRequests;
import org.carepay.rules.CarePackage;
import org.carepay.rules.Invoice;
import org.carepay.rules.InvoiceResult;
import org.carepay.rules.PaymentRequest;
import org.carepay.rules.ScheduledNote;
import org.carepay.rules.ScheduledPayment;
import org.carepay.valuation.Changes;
import org.carepay.valuation.CheckedInvoice;
import org.carepay.valuation.ReferenceFacts;
import org.carepay.valuation.Scope;
import org.carepay.valuation.Sourced;
import org.carepay.valuation.WeekValuation;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Step 1 of a scheduled run: the week's SCHEDULED lines of every PLANNED package (R3), the accepted
 * invoice lines due (R4), the approved ad-hoc requests due (R5) and the DP invoices the managed accounts
 * cover (R9), each paid once: by the first run that claims it and is not superseded; then R7: the
 * adjustments of the released weeks of its window and the carried recoveries. (One transaction, restartable:
 * {@link RunRatingTasklet}.)
 */
class RateScheduledTasklet extends RunRatingTasklet {

    private final ScheduledReference reference;
    private final LookBack lookBack;
    private final CarriedRecoveries recoveries;
    private final ManagedAccounts accounts;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Terminal terminal;

    RateScheduledTasklet(String runId, PaymentRuns runs, RunLedger ledger, ScheduledReference reference,
                         LookBack lookBack, CarriedRecoveries recoveries, ManagedAccounts accounts, JdbcTemplate jdbc,
                         DataSource dataSource, Terminal terminal) {
        super(runId, runs, ledger);
        this.terminal = terminal;
        this.reference = reference;
        this.lookBack = lookBack;
        this.recoveries = recoveries;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    protected void rate(PaymentRun run, StepContribution contribution) throws SQLException {
        try (Terminal.Progress progress = terminal.progress("rating", PARTS.size(), "parts")) {
            Parts parts = new Parts(progress);
            ScheduledReference.Data data = reference.load();
            RunClaims claims = new RunClaims(jdbc, runId);
            RunRows rows = new RunRows(runId);
            parts.next();
            Map<String, BigDecimal> credits = scheduled(run, data, rows);
            parts.next();
            invoices(run, data, rows, claims);
            requests(run, data, rows, claims);
            parts.next();
            lookBack.adjust(run, rows, Valuations.SNAPSHOTS, (week, released) -> valuedToday(week, released, data))
                    .forEach(adjustment -> credits.merge(adjustment.packageWeek().packageId(), adjustment.amount(),
                            BigDecimal::add));
            parts.next();
            new DpInvoicePayments(accounts, runId).pay(run, data, rows, claims, credits);
            parts.next();
            rows.flush(DataSourceUtils.getConnection(dataSource));
            recoveries.settle(runId, run.weekStart());
            ledger.recordInputs(runId, reference.inputIds());
            parts.next();
        }
    }

    /** The parts of the rating, as the progress bar names the one under way. */
    private static final List<String> PARTS = List.of("reading the reference data", "packages (R3)",
            "invoices and requests (R4, R5)", "corrections (R7)", "managed accounts (R9)", "writing the ledger");

    /** Moves the bar on to the next part of {@link #PARTS}. */
    private static final class Parts {
        private final Terminal.Progress progress;
        private int done;

        Parts(Terminal.Progress progress) {
            this.progress = progress;
            progress.at(0, PARTS.get(0));
        }

        void next() {
            done++;
            progress.at(done, done < PARTS.size() ? PARTS.get(done) : "done");
        }
    }

    /**
     * R7: R3 of a released week with today's data, for the clients whose packages the changed reference data
     * touches (R3 values a client's packages together); an adjustment says why from today's facts of the
     * package and client and the released line's paid days.
     */
    private static LookBack.ValuedWeek valuedToday(LookBack.LookBackWeek lookBackWeek, ReleasedPayments released,
                                                   ScheduledReference.Data data) {
        ReferenceFacts facts = data.facts();
        Changes changes = lookBackWeek.changes();
        LocalDate week = lookBackWeek.week();
        Set<String> clients = changes.everything() ? null
                : data.touchedClients().computeIfAbsent(changes, c -> c.scheduledClients(facts));
        List<ScheduledPayment> payments = clients == null ? data.valuation().scheduled(week)
                : data.valuation().scheduled(week, clients);
        Map<String, ScheduledPayment> byPackage = new HashMap<>();
        payments.forEach(payment -> byPackage.put(payment.pkg().packageId(), payment));
        String releasedRun = lookBackWeek.releasedRun();
        Map<String, Map<String, Integer>> releasedDays = new HashMap<>(); // read once, when a reason is wanted
        return new LookBack.ValuedWeek(clients == null ? Scope.ALL : Scope.clients(clients),
                WeekValuation.worth(payments), (packageWeek, releasedAmount) -> {
            CarePackage pkg = facts.packages().get(packageWeek.packageId());
            if (pkg == null) {
                return ScheduledChange.packageGone(releasedRun, releasedAmount);
            }
            Integer days = releasedDays.computeIfAbsent(releasedRun, released::scheduledDays).get(pkg.packageId());
            return ScheduledChange.describe(pkg, facts.facts(pkg.clientId()), facts.rates(), week,
                    Optional.ofNullable(byPackage.get(pkg.packageId())), days, releasedAmount, releasedRun);
        });
    }

    /**
     * R3: every PLANNED package active in the week, in package_id order; answers the amounts by package
     * (R9: what the week credits an ISF or DP account).
     */
    private Map<String, BigDecimal> scheduled(PaymentRun run, ScheduledReference.Data data, RunRows rows) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (ScheduledPayment paid : data.valuation().scheduled(run.weekStart())) {
            CarePackage pkg = paid.pkg();
            Sourced<CarePackage> sourced = data.facts().sourcedPackages().get(pkg.packageId());
            Source source = new Source(sourced.path(), sourced.record());
            if (paid.paid()) {
                rows.line(pkg.providerId(), pkg.clientId(), pkg.packageId(), pkg.serviceType(), run.weekStart(),
                        null, "SCHEDULED", source, BigDecimal.valueOf(paid.paidDays()), paid.amount());
                amounts.put(pkg.packageId(), paid.amount());
            }
            paid.notes().forEach(note -> exception(rows, note, pkg.providerId(), pkg.clientId(), pkg.packageId(),
                    source, run.weekStart()));
        }
        return amounts;
    }

    /**
     * R4: every invoice line taken in is checked in the ingest order; an accepted one is paid by this
     * run when its period ends by the end of the week and no live run claimed it. A refused one is
     * listed by the run that would have paid it (claimed the same way, so a superseded proposal's
     * listing passes to the next one, and a later run does not list it again).
     */
    private void invoices(PaymentRun run, ScheduledReference.Data data, RunRows rows, RunClaims claims) {
        LocalDate weekEnd = run.weekStart().plusDays(6);
        for (CheckedInvoice checked : data.valuation().invoices(data.invoices())) {
            Invoice line = checked.line();
            CarePackage pkg = checked.pkg();
            InvoiceResult result = checked.result();
            if (line.periodEnd().isAfter(weekEnd)) {
                continue;
            }
            Source source = source(line.source());
            if (!result.accepted()) {
                if (claims.take(ClaimType.REFUSED_INVOICE_LINE, line.source())) {
                    exception(rows, result.note(), line.providerId(), line.clientId(), line.packageId(), source,
                            line.periodEnd());
                }
                continue;
            }
            String item = String.join("|", line.providerId(), line.invoiceNo(), line.packageId(),
                    line.periodStart().toString(), line.periodEnd().toString());
            if (claims.take(ClaimType.INVOICE_LINE, item)) {
                rows.line(line.providerId(), line.clientId(), line.packageId(), pkg.serviceType(), run.weekStart(),
                        line.periodEnd(), "INVOICE", source, line.units(), line.amount());
            }
        }
    }

    /** R5: an approved request is paid once, from the week of its approval on; the others are listed. */
    private void requests(PaymentRun run, ScheduledReference.Data data, RunRows rows, RunClaims claims) {
        for (PaymentRequest request : data.requests()) {
            AdhocRequests.Decision decision = AdhocRequests.decide(request, run.weekStart(),
                    data.facts().providers().contains(request.providerId()),
                    data.facts().clients().containsKey(request.clientId()));
            Source source = source(request.source());
            if (!decision.payable()) {
                exception(rows, decision.note(), request.providerId(), request.clientId(), null, source,
                        request.approvedOn());
                continue;
            }
            if (claims.take(ClaimType.REQUEST, request.requestId())) {
                rows.line(request.providerId(), request.clientId(), null, null, run.weekStart(), request.approvedOn(),
                        "ADHOC", source, null, request.amount());
            }
        }
    }

    private static void exception(RunRows rows, ScheduledNote note, String providerId, String clientId,
                                  String packageId, Source source, LocalDate fallbackDate) {
        LocalDate date = note.serviceDate() != null ? note.serviceDate() : fallbackDate;
        rows.exception(note.code().name(), note.code().severity().name(), providerId, clientId, packageId, source,
                date == null ? null : date.toString(), note.detail(), null);
    }

    static Source source(String pathAndRecord) {
        int colon = pathAndRecord.lastIndexOf(':');
        return new Source(pathAndRecord.substring(0, colon), Integer.parseInt(pathAndRecord.substring(colon + 1)));
    }
}
