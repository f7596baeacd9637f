package org.carepay.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Nothing is paid or billed twice: each visit line, package-week, invoice line, request and carried recovery
 * is paid by one line of all the released runs at most; each week of a client is billed by one WEEK line at
 * most, and each claim (an invoice line, a request, a DP invoice, an accrued line) is held by one released run.
 */
@Component
@Order(3)
class PaidOnceCheck implements AuditCheck {

    /** The line {@code v} of a table of the inbox that a payment line's source names, in a file the run took. */
    private static final String INPUT_LINE = " join run_input i on i.run_id = l.run_id"
            + " join inbox_file f on f.id = i.file_id and f.path = l.source_path"
            + " join %s v on v.file_id = f.id and v.record_no = l.source_record";

    /**
     * Each query lists what is paid more than once: the item, then the released runs and line ids that pay it
     * ("run:line_id, ...").
     */
    private static final List<Twice> TWICE = List.of(
            new Twice("visit", payments("l.source_path || ':' || l.source_record", "", "l.line_type = 'VISIT'")),
            new Twice("package-week", payments("l.package_id || ' week ' || l.week_start", "",
                    "l.line_type = 'SCHEDULED'")),
            // An invoice line and a request by what they are, read from the file the run took: a file sent again
            // under the same name puts other lines at the same records.
            new Twice("invoice line", payments("v.provider_id || ' ' || v.invoice_no || ' ' || v.package_id || ' '"
                    + " || v.period_start || '..' || v.period_end", INPUT_LINE.formatted("invoice_line"),
                    "l.line_type = 'INVOICE'")),
            new Twice("request", payments("v.request_id", INPUT_LINE.formatted("payment_request"),
                    "l.line_type = 'ADHOC'")),
            new Twice("carried recovery", payments("l.provider_id || ' from ' || l.source_path", "",
                    "l.line_type = 'CARRIED_RECOVERY' and l.source_path <> l.run_id")),
            new Twice("client-week", """
                    select l.client_id || ' week ' || l.week_start,
                           string_agg(l.run_id || ':' || l.line_id, ', ' order by l.line_id)
                    from charge_line l join payment_run r on r.run_id = l.run_id and r.status = 'RELEASED'
                    where l.line_type = 'WEEK' group by l.client_id, l.week_start having count(*) > 1"""),
            new Twice("claim", """
                    select c.claim_type || ' ' || c.item, string_agg(c.run_id, ', ' order by c.run_id)
                    from run_claim c join payment_run r on r.run_id = c.run_id and r.status = 'RELEASED'
                    group by c.claim_type, c.item having count(*) > 1"""));

    private final JdbcTemplate jdbc;

    PaidOnceCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String payments(String item, String joins, String lines) {
        String payer = "l.run_id || ':' || l.line_id";
        return "select " + item + ", string_agg(distinct " + payer + ", ', ' order by " + payer + ")"
                + " from payment_line l join payment_run r on r.run_id = l.run_id and r.status = 'RELEASED'" + joins
                + " where " + lines + " group by 1 having count(distinct l.line_id) > 1";
    }

    @Override
    public String name() {
        return "paid-once";
    }

    @Override
    public String purpose() {
        return "Nothing is paid or billed twice: each visit, package-week, invoice line, request, carried recovery,"
                + " client-week and claim at most once across all released runs.";
    }

    @Override
    public void check(List<AuditedRun> runs, Findings findings) {
        Set<String> twice = new HashSet<>();
        for (Twice query : TWICE) {
            jdbc.query(query.sql() + " order by 1", rs -> {
                String payers = rs.getString(2);
                String last = null;
                for (String payer : payers.split(", ")) {
                    last = payer.split(":")[0];
                    twice.add(last);
                }
                findings.fail(last, SealCheck.LEDGER, "the " + query.item() + " " + rs.getString(1)
                        + " is paid more than once, by " + payers + " (run:line_id)");
            });
        }
        for (AuditedRun run : runs) {
            if (!twice.contains(run.runId())) {
                findings.pass(run.runId(), SealCheck.LEDGER, "pays and bills nothing another released line does");
            }
        }
    }

    private record Twice(String item, String sql) {
    }
}
