package org.carepay.billing;

import static org.carepay.output.CopyCsv.literal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.carepay.CarepayProperties;
import org.carepay.ledger.RunLedger;
import org.carepay.output.AtomicFile;
import org.carepay.output.CopyCsv;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.RunFiles;
import org.carepay.payments.RunStatus;
import org.carepay.reference.Valuations;
import org.carepay.payments.review.ControlTotal;
import org.carepay.payments.review.RunFacts;
import org.carepay.payments.review.RunSummary;
import org.carepay.rules.BillingPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A billing run's files (formats.md, out/billing/RUN_ID/), each written atomically from the run's ledger
 * rows: charge-lines.csv, debtors-interface.csv, refund-proposals.csv, cop-debt-report.csv, exceptions.csv,
 * summary.json, qa-report.html and a statement per client billed.
 */
@Component
public class BillingFiles {

    private static final String DATE = "'YYYY-MM-DD'";

    private final JdbcTemplate jdbc;
    private final CopyCsv csv;
    private final RunFiles runFiles;
    private final RunLedger ledger;
    private final Statements statements;
    private final BillingReview review;
    private final Valuations valuations;
    private final CarepayProperties properties;

    BillingFiles(JdbcTemplate jdbc, CopyCsv csv, RunFiles runFiles, RunLedger ledger, Statements statements,
                 BillingReview review, Valuations valuations, CarepayProperties properties) {
        this.jdbc = jdbc;
        this.csv = csv;
        this.runFiles = runFiles;
        this.ledger = ledger;
        this.statements = statements;
        this.review = review;
        this.valuations = valuations;
        this.properties = properties;
    }

    public static Path folder(Path out, String runId) {
        return out.resolve("billing").resolve(runId);
    }

    void write(PaymentRun run) throws IOException {
        Path folder = folder(properties.out(), run.runId());
        String runId = literal(run.runId());
        csv.write(folder.resolve("charge-lines.csv"), """
                select excel_safe(client_id) client_id, to_char(week_start, %s) week_start, line_type,
                       chargeable_cost::text chargeable_cost, maximum_charge::text maximum_charge, charge::text charge,
                       status, excel_safe(detail) detail
                from charge_line where run_id = %s
                order by client_id collate "C", week_start, line_type collate "C\"""".formatted(DATE, runId));
        writeDebtors(run);
        csv.write(folder.resolve("refund-proposals.csv"), """
                select excel_safe(client_id) client_id, (-amount)::text amount,
                       'the period''s credits exceed its charges: a refund for a senior officer to approve' reason,
                       'AWAITING_APPROVAL' status
                from run_bill where run_id = %s and amount < 0 order by client_id collate "C\"""".formatted(runId));
        csv.write(folder.resolve("cop-debt-report.csv"), """
                select excel_safe(client_id) client_id, to_char(accrued_from, %s) accrued_from,
                       accrued_amount::text accrued_amount, case when billed then 'Y' else 'N' end billed_in_this_run
                from run_cop_debt where run_id = %s order by client_id collate "C\"""".formatted(DATE, runId));
        runFiles.writeExceptions(folder, run.runId());
        statements.write(folder.resolve("statements"), run);
        String summary = RunSummary.json(new RunFacts(run.runId(), RunFacts.BILLING, run.weekStart(),
                RunStatus.PROPOSED.name(), run.proposedOn()), policyValues(), ledger.inputs(run.runId()),
                controlTotals(run.runId()), List.of());
        AtomicFile.write(folder.resolve("summary.json"), out -> out.write(summary.getBytes(StandardCharsets.UTF_8)));
        review.write(folder, run);
    }

    /** debtors-interface.csv: one row per client billed (total above 0), from what the run recorded. */
    void writeDebtors(PaymentRun run) throws IOException {
        BillingPeriod period = new BillingPeriod(run.weekStart());
        csv.write(folder(properties.out(), run.runId()).resolve("debtors-interface.csv"), """
                select excel_safe(client_id) client_id, excel_safe(debtor_ref) debtor_ref, excel_safe(bill_to) bill_to,
                       %s period_start, %s period_end, amount::text amount, line_count
                from run_bill where run_id = %s and amount > 0 order by client_id collate "C\""""
                .formatted(literal(period.start().toString()), literal(period.end().toString()),
                        literal(run.runId())));
    }

    private SortedMap<String, String> policyValues() {
        SortedMap<String, String> values = valuations.policyValues();
        values.put("billing.anchor", properties.billing().anchor().toString());
        return values;
    }

    private List<ControlTotal> controlTotals(String runId) {
        List<ControlTotal> totals = new ArrayList<>();
        totals.add(total("charge-lines.csv", "select count(*), coalesce(sum(charge), 0), count(distinct client_id)"
                + " from charge_line where run_id = ?", runId));
        totals.add(total("debtors-interface.csv", "select count(*), coalesce(sum(amount), 0), count(*)"
                + " from run_bill where run_id = ? and amount > 0", runId));
        totals.add(total("refund-proposals.csv", "select count(*), coalesce(sum(-amount), 0), count(*)"
                + " from run_bill where run_id = ? and amount < 0", runId));
        totals.add(total("cop-debt-report.csv", "select count(*), coalesce(sum(accrued_amount), 0), count(*)"
                + " from run_cop_debt where run_id = ?", runId));
        totals.add(total("exceptions.csv", "select count(*), 0, count(distinct client_id)"
                + " from run_exception where run_id = ?", runId));
        return totals;
    }

    private ControlTotal total(String file, String query, String runId) {
        return jdbc.queryForObject(query, (rs, i) -> new ControlTotal(file, rs.getLong(1), rs.getBigDecimal(2),
                rs.getInt(3)), runId);
    }
}
