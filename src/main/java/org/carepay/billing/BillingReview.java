package org.carepay.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carepay.output.AtomicFile;
import org.carepay.output.Document;
import org.carepay.output.SvgChart;
import org.carepay.payments.PaymentRun;
import org.carepay.rules.BillingPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A billing run's qa-report.html, the page the income team reads before approving the run: the bills by band,
 * the largest changes since the last released period, the Court of Protection balances, the clients not
 * assessed, and the refunds proposed. Written once, with the proposal, like a payment run's.
 */
@Component
class BillingReview {

    /** Bills from each of these amounts up to the next; the last band is open. */
    private static final int[] BANDS = {0, 25, 50, 100, 250, 500, 1000};
    private static final int LARGEST_CHANGES = 10;

    private final JdbcTemplate jdbc;

    BillingReview(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(Path folder, PaymentRun run) throws IOException {
        BillingPeriod period = new BillingPeriod(run.weekStart());
        Document page = new Document("QA report: billing run " + run.runId());
        page.text("Billing period " + period.start() + " to " + period.end() + ", proposed on " + run.proposedOn()
                + ". This report is written once, for the review; the approval and release are recorded in"
                + " lifecycle.csv and release.json beside it.");
        bands(page, run.runId());
        changes(page, run);
        jdbcTable(page, "Court of Protection balances", List.of("Client", "Accrued from", "Accrued £", "Billed now"),
                """
                select client_id, accrued_from::text, accrued_amount, case when billed then 'yes' else 'no' end
                from run_cop_debt where run_id = ? order by client_id collate "C\"""", run.runId());
        jdbcTable(page, "Clients not assessed: shown, not billed", List.of("Client", "Weeks", "Charge shown £"), """
                select client_id, count(*), sum(charge) from charge_line where run_id = ? and status = 'NOT_ASSESSED'
                group by client_id order by client_id collate "C\"""", run.runId());
        jdbcTable(page, "Refunds proposed, for a senior officer to approve", List.of("Client", "Refund £"), """
                select client_id, -amount from run_bill where run_id = ? and amount < 0
                order by client_id collate "C\"""", run.runId());
        String html = page.html();
        AtomicFile.write(folder.resolve("qa-report.html"), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** How many bills of what size: the total billed per band, as a chart and a table. */
    private void bands(Document page, String runId) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> totals = new ArrayList<>();
        page.heading("Bills by band");
        page.table("Band", "Bills", "Total £");
        for (int i = 0; i < BANDS.length; i++) {
            String label = i + 1 < BANDS.length ? "£" + BANDS[i] + " to £" + BANDS[i + 1] : "£" + BANDS[i] + " or more";
            jdbc.query("select count(*), coalesce(sum(amount), 0.00) from run_bill where run_id = ? and amount > 0"
                    + " and amount >= ? and amount < ?", rs -> {
                page.row(label, rs.getLong(1), rs.getBigDecimal(2));
                labels.add(label);
                totals.add(rs.getBigDecimal(2));
            }, runId, BANDS[i], i + 1 < BANDS.length ? BANDS[i + 1] : Integer.MAX_VALUE);
        }
        page.figure(SvgChart.bars(labels, totals, "total billed per band", false));
    }

    /** The clients whose bill changed most since the last released billing run, by the change's size. */
    private void changes(Document page, PaymentRun run) {
        List<String> last = jdbc.queryForList("""
                select run_id from payment_run where kind = 'BILLING' and status = 'RELEASED' and week_start < ?
                order by week_start desc limit 1""", String.class, run.weekStart());
        if (last.isEmpty()) {
            page.heading("Largest changes since the last period");
            page.text("No billing run was released before this one.");
            return;
        }
        jdbcTable(page, "Largest changes since " + last.get(0), List.of("Client", "Then £", "Now £", "Change £"), """
                select coalesce(n.client_id, t.client_id), coalesce(t.amount, 0.00), coalesce(n.amount, 0.00),
                       coalesce(n.amount, 0) - coalesce(t.amount, 0)
                from (select client_id, amount from run_bill where run_id = ?) n
                full join (select client_id, amount from run_bill where run_id = ?) t on t.client_id = n.client_id
                where coalesce(n.amount, 0) <> coalesce(t.amount, 0)
                order by abs(coalesce(n.amount, 0) - coalesce(t.amount, 0)) desc, coalesce(n.client_id, t.client_id) collate "C"
                limit ?""",
                run.runId(), last.get(0), LARGEST_CHANGES);
    }

    /** A section whose table is a query's rows, in its columns' order. */
    private void jdbcTable(Document page, String heading, List<String> columns, String query, Object... parameters) {
        page.heading(heading);
        page.table(columns.toArray(String[]::new));
        jdbc.query(query, rs -> {
            Object[] cells = new Object[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = rs.getObject(i + 1);
            }
            page.row(cells);
        }, parameters);
    }
}
