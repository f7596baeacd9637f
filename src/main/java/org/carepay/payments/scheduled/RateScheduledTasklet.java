package org.carepay.payments.scheduled;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunLedger;
import org.carepay.payments.RunRefused;
import org.carepay.payments.RunRows;
import org.carepay.payments.RunRows.Source;
import org.carepay.reference.CurrentReference.Sourced;
import org.carepay.rules.AdhocRequests;
import org.carepay.rules.CarePackage;
import org.carepay.rules.ClientFacts;
import org.carepay.rules.ContributionHistory;
import org.carepay.rules.Invoice;
import org.carepay.rules.InvoiceChecker;
import org.carepay.rules.InvoiceResult;
import org.carepay.rules.PaymentRequest;
import org.carepay.rules.ScheduledCode;
import org.carepay.rules.ScheduledNote;
import org.carepay.rules.ScheduledPayment;
import org.carepay.rules.ScheduledPolicy;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Step 1 of a scheduled run: the week's SCHEDULED lines of every PLANNED package (R3), the accepted
 * invoice lines due (R4) and the approved ad-hoc requests due (R5), each invoice line and request paid
 * once: by the first run that claims it and is not superseded. One transaction, starting by removing
 * what an earlier attempt of the step wrote, so a restart gives the same rows.
 */
class RateScheduledTasklet implements Tasklet {

    private final String runId;
    private final PaymentRuns runs;
    private final RunLedger ledger;
    private final ScheduledReference reference;
    private final ScheduledPolicy policy;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    RateScheduledTasklet(String runId, PaymentRuns runs, RunLedger ledger, ScheduledReference reference, ScheduledPolicy policy,
                         JdbcTemplate jdbc, DataSource dataSource) {
        this.runId = runId;
        this.runs = runs;
        this.ledger = ledger;
        this.reference = reference;
        this.policy = policy;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
            throws RunRefused, SQLException {
        PaymentRun run = runs.get(runId);
        ledger.clear(runId);
        ScheduledReference.Data data = reference.load();
        Set<String> claimed = new HashSet<>(jdbc.queryForList("""
                select c.item from run_claim c join payment_run r on r.run_id = c.run_id
                where r.status <> 'SUPERSEDED' and r.run_id <> ?""", String.class, runId));
        RunRows rows = new RunRows(runId);
        Map<String, BigDecimal> credits = scheduled(run, data, rows);
        invoices(run, data, rows, claimed);
        requests(run, data, rows, claimed);
        dpInvoices(run, data, rows, claimed, credits);
        rows.flush(DataSourceUtils.getConnection(dataSource));
        ledger.recordInputs(runId, reference.inputIds());
        return RepeatStatus.FINISHED;
    }

    /** R3: every PLANNED package active in the week, in package_id order; answers the amounts by package. */
    private Map<String, BigDecimal> scheduled(PaymentRun run, ScheduledReference.Data data, RunRows rows) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        Map<String, String> contributionHolders = netContributionHolders(run.weekStart(), data);
        for (Sourced<CarePackage> sourced : data.packages().values()) {
            CarePackage pkg = sourced.value();
            if (!CarePackage.PLANNED.equals(pkg.paymentBasis())) {
                continue;
            }
            ClientFacts client = data.clients().getOrDefault(pkg.clientId(), ClientFacts.ALIVE_AT_HOME);
            ContributionHistory contributions = pkg.packageId().equals(contributionHolders.get(pkg.clientId()))
                    ? data.contributions().getOrDefault(pkg.clientId(), ContributionHistory.NONE)
                    : ContributionHistory.NONE;
            ScheduledPayment.of(pkg, run.weekStart(), client, data.rates(), contributions, policy).ifPresent(paid -> {
                Source source = new Source(sourced.path(), sourced.record());
                if (paid.paid()) {
                    rows.line(pkg.providerId(), pkg.clientId(), pkg.packageId(), pkg.serviceType(), run.weekStart(),
                            null, "SCHEDULED", source, BigDecimal.valueOf(paid.paidDays()), paid.amount());
                    amounts.put(pkg.packageId(), paid.amount());
                }
                paid.notes().forEach(note -> exception(rows, note, pkg.providerId(), pkg.clientId(), pkg.packageId(),
                        source, run.weekStart()));
            });
        }
        return amounts;
    }

    /**
     * R9: a DP invoice due by the end of the week is paid from its managed account when the balance
     * covers it, else it waits (HELD INSUFFICIENT_FUNDS). The balance counts the credits (SCHEDULED lines
     * of the DIRECT_PAYMENT package) and the DP invoices paid of every scheduled run not superseded,
     * this run's credit first: the week's budget arrives before it is spent.
     */
    private void dpInvoices(PaymentRun run, ScheduledReference.Data data, RunRows rows, Set<String> claimed,
                            Map<String, BigDecimal> credits) {
        LocalDate weekEnd = run.weekStart().plusDays(6);
        Map<String, BigDecimal> balances = new HashMap<>();
        for (ScheduledReference.DpInvoice invoice : data.dpInvoices()) {
            Sourced<CarePackage> sourced = data.packages().get(invoice.packageId());
            String item = "DPI|" + invoice.id();
            if (sourced == null || !CarePackage.DIRECT_PAYMENT.equals(sourced.value().serviceType())
                    || invoice.invoiceDate().isAfter(weekEnd) || claimed.contains(item)) {
                continue; // not a DP account's, not due yet, or paid already
            }
            CarePackage pkg = sourced.value();
            BigDecimal balance = balances.computeIfAbsent(pkg.packageId(),
                    id -> accountBalance(id).add(credits.getOrDefault(id, BigDecimal.ZERO)));
            Source source = new Source(invoice.path(), invoice.record());
            if (invoice.amount().compareTo(balance) <= 0) {
                balances.put(pkg.packageId(), balance.subtract(invoice.amount()));
                claimed.add(item);
                claim(item);
            } else {
                rows.exception(ScheduledCode.INSUFFICIENT_FUNDS.name(), ScheduledCode.INSUFFICIENT_FUNDS.severity().name(),
                        pkg.providerId(), invoice.clientId(), pkg.packageId(), source, invoice.invoiceDate().toString(),
                        "balance " + balance + " does not cover " + invoice.amount(), null);
            }
        }
    }

    /** A DP account's balance from the scheduled runs before this one that are not superseded. */
    private BigDecimal accountBalance(String packageId) {
        return jdbc.queryForObject("""
                select coalesce((select sum(l.amount) from payment_line l join payment_run r on r.run_id = l.run_id
                                 where r.kind = 'SCHEDULED' and r.status <> 'SUPERSEDED' and r.run_id <> ?
                                   and l.package_id = ? and l.line_type = 'SCHEDULED'), 0)
                     - coalesce((select sum(d.amount) from run_claim c join payment_run r on r.run_id = c.run_id
                                 join dp_invoice d on c.item = 'DPI|' || d.dp_invoice_id
                                 join inbox_file f on f.id = d.file_id and f.status = 'TAKEN_IN'
                                 where r.status <> 'SUPERSEDED' and r.run_id <> ? and d.package_id = ?), 0)""",
                BigDecimal.class, runId, packageId, runId, packageId);
    }

    /**
     * R3: a client with two NET packages has the contribution taken from the one that started first
     * (then the lowest package_id); the others are paid without it.
     */
    private static Map<String, String> netContributionHolders(LocalDate week, ScheduledReference.Data data) {
        Map<String, CarePackage> holders = new HashMap<>();
        Comparator<CarePackage> first = Comparator.comparing(CarePackage::startDate)
                .thenComparing(CarePackage::packageId);
        for (Sourced<CarePackage> sourced : data.packages().values()) {
            CarePackage pkg = sourced.value();
            boolean activeInWeek = week.datesUntil(week.plusDays(7)).anyMatch(pkg::activeOn);
            if (pkg.isNet() && activeInWeek) {
                holders.merge(pkg.clientId(), pkg, (a, b) -> first.compare(a, b) <= 0 ? a : b);
            }
        }
        Map<String, String> ids = new HashMap<>();
        holders.forEach((client, pkg) -> ids.put(client, pkg.packageId()));
        return ids;
    }

    /**
     * R4: every invoice line taken in is checked in the ingest order; an accepted one is paid by this
     * run when its period ends by the end of the week and no live run claimed it. A refused one is
     * listed by the run that would have paid it (claimed the same way, so a superseded proposal's
     * listing passes to the next one, and a later run does not list it again).
     */
    private void invoices(PaymentRun run, ScheduledReference.Data data, RunRows rows, Set<String> claimed) {
        InvoiceChecker checker = new InvoiceChecker(data.rates());
        LocalDate weekEnd = run.weekStart().plusDays(6);
        for (Invoice line : data.invoices()) {
            Sourced<CarePackage> sourced = data.packages().get(line.packageId());
            CarePackage pkg = sourced == null ? null : sourced.value();
            InvoiceResult result = checker.check(line, data.providers().contains(line.providerId()),
                    data.clients().get(line.clientId()), pkg);
            if (line.periodEnd().isAfter(weekEnd)) {
                continue;
            }
            Source source = source(line.source());
            if (!result.accepted()) {
                String listed = "INV-REFUSED|" + line.source();
                if (claimed.add(listed)) {
                    exception(rows, result.note(), line.providerId(), line.clientId(), line.packageId(), source,
                            line.periodEnd());
                    claim(listed);
                }
                continue;
            }
            String item = String.join("|", "INV", line.providerId(), line.invoiceNo(), line.packageId(),
                    line.periodStart().toString(), line.periodEnd().toString());
            if (claimed.add(item)) {
                rows.line(line.providerId(), line.clientId(), line.packageId(), pkg.serviceType(), run.weekStart(),
                        line.periodEnd(), "INVOICE", source, line.units(), line.amount());
                claim(item);
            }
        }
    }

    /** R5: an approved request is paid once, from the week of its approval on; the others are listed. */
    private void requests(PaymentRun run, ScheduledReference.Data data, RunRows rows, Set<String> claimed) {
        for (PaymentRequest request : data.requests()) {
            AdhocRequests.Decision decision = AdhocRequests.decide(request, run.weekStart(),
                    data.providers().contains(request.providerId()), data.clients().containsKey(request.clientId()));
            Source source = source(request.source());
            if (!decision.payable()) {
                exception(rows, decision.note(), request.providerId(), request.clientId(), null, source,
                        request.approvedOn());
                continue;
            }
            String item = "REQ|" + request.requestId();
            if (claimed.add(item)) {
                rows.line(request.providerId(), request.clientId(), null, null, run.weekStart(), request.approvedOn(),
                        "ADHOC", source, null, request.amount());
                claim(item);
            }
        }
    }

    private void claim(String item) {
        jdbc.update("insert into run_claim (run_id, item) values (?, ?)", runId, item);
    }

    private static void exception(RunRows rows, ScheduledNote note, String providerId, String clientId,
                                  String packageId, Source source, LocalDate fallbackDate) {
        LocalDate date = note.serviceDate() != null ? note.serviceDate() : fallbackDate;
        rows.exception(note.code().name(), note.code().severity().name(), providerId, clientId, packageId, source,
                date == null ? null : date.toString(), note.detail(), null);
    }

    private static Source source(String pathAndRecord) {
        int colon = pathAndRecord.lastIndexOf(':');
        return new Source(pathAndRecord.substring(0, colon), Integer.parseInt(pathAndRecord.substring(colon + 1)));
    }
}
