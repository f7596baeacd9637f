package org.carepay.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every released line traces to its source: a line of a file taken in (and, for a visit or a package, one
 * the run read), an invoice line, a request, or the released run it corrects (R7).
 */
@Component
@Order(2)
class TraceabilityCheck implements AuditCheck {

    /** A released line that does not trace is named by this many at most per run and line type, then counted. */
    private static final int NAMED = 20;

    /** An ARREARS or CREDIT line corrects a week of the period of a billing run released before its own. */
    private static final String BILLED = """
            exists (select 1 from payment_run b where b.kind = 'BILLING' and b.status = 'RELEASED'
                    and b.released_at < r.released_at and l.week_start >= b.week_start
                    and l.week_start < b.week_start + 28)""";

    /**
     * What each type of line traces to: a condition on the line {@code l} of the released run {@code r}, its
     * references to them in the subquery's where clause (so that "not exists" can be an anti-join).
     */
    private static final List<Trace> TRACES = List.of(
            new Trace("payment_line", "VISIT", "a visit of a return the run read", """
                    exists (select 1 from run_input i join inbox_file f on f.id = i.file_id join visit v on v.file_id = f.id
                            where i.run_id = l.run_id and f.path = l.source_path and v.record_no = l.source_record
                              and v.client_id = l.client_id and v.package_id = l.package_id
                              and v.visit_date = l.service_date)"""),
            new Trace("payment_line", "SCHEDULED", "a package of the snapshot the run read", """
                    exists (select 1 from run_input i join package p on p.file_id = i.file_id
                            join inbox_file o on o.id = p.origin_file_id
                            where i.run_id = l.run_id and p.package_id = l.package_id and p.client_id = l.client_id
                              and o.path = l.source_path and p.record_no = l.source_record)"""),
            new Trace("payment_line", "INVOICE", "an invoice line of a file the run read", """
                    exists (select 1 from run_input i join inbox_file f on f.id = i.file_id
                            join invoice_line v on v.file_id = f.id
                            where i.run_id = l.run_id and f.path = l.source_path and v.record_no = l.source_record
                              and v.package_id = l.package_id and v.client_id = l.client_id)"""),
            new Trace("payment_line", "ADHOC", "a payment request of the snapshot the run read", """
                    exists (select 1 from run_input i join inbox_file f on f.id = i.file_id
                            join payment_request q on q.file_id = f.id
                            where i.run_id = l.run_id and f.path = l.source_path and q.record_no = l.source_record
                              and q.provider_id = l.provider_id and q.client_id = l.client_id)"""),
            new Trace("payment_line", "ADJUSTMENT", "the released run of its kind that paid the week", """
                    exists (select 1 from payment_run c where c.run_id = l.source_path and c.status = 'RELEASED'
                            and c.kind = r.kind and c.week_start = l.week_start and c.released_at < r.released_at)"""),
            new Trace("payment_line", "CARRIED_RECOVERY", "the run itself, or a released run that carried it away", """
                    (l.source_path = l.run_id or exists (select 1 from payment_line a
                            join payment_run c on c.run_id = a.run_id and c.status = 'RELEASED'
                            where a.run_id = l.source_path and a.line_type = 'CARRIED_RECOVERY'
                              and a.source_path = a.run_id and a.provider_id = l.provider_id
                              and c.released_at < r.released_at))"""),
            new Trace("charge_line", "WEEK", "the costs of the client's packages that week", """
                    coalesce(l.chargeable_cost = (select sum(c.chargeable) from charge_item c
                            where c.run_id = l.run_id and c.client_id = l.client_id and c.week_start = l.week_start),
                             false)"""),
            new Trace("charge_line", "ARREARS", "a released billing run that billed the week", BILLED),
            new Trace("charge_line", "CREDIT", "a released billing run that billed the week", BILLED),
            new Trace("charge_line", "COP_ARREARS", "the accrued lines of released runs it claims", """
                    exists (select 1 from run_claim c join charge_line a on a.line_id::text = c.item
                            join payment_run b on b.run_id = a.run_id and b.status = 'RELEASED'
                            where c.run_id = l.run_id and c.claim_type = 'ACCRUED_LINE' and a.client_id = l.client_id
                              and a.status = 'ACCRUED')"""));

    private final JdbcTemplate jdbc;

    TraceabilityCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "traceability";
    }

    @Override
    public String purpose() {
        return "Every released line traces to its source: a line of a file taken in, a package of the snapshot the"
                + " run read, an invoice line, a request, or the released run it corrects.";
    }

    @Override
    public void check(List<AuditedRun> runs, Findings findings) {
        // Each trace is one anti-join over all released lines; without fresh statistics (a run released minutes
        // after its inputs were loaded) PostgreSQL may plan it as a probe per line, minutes instead of seconds.
        jdbc.execute("analyze payment_line, charge_line, charge_item, run_input, run_claim, inbox_file, visit,"
                + " package, invoice_line, payment_request");
        Map<String, Map<String, Integer>> traced = new HashMap<>();
        Map<String, Map<String, Integer>> untraced = new HashMap<>(); // by run, line type
        for (Trace trace : TRACES) {
            jdbc.query("select l.run_id, count(*) from " + trace.table() + " l join payment_run r on r.run_id = l.run_id"
                    + " where r.status = 'RELEASED' and l.line_type = ? group by l.run_id", rs -> {
                traced.computeIfAbsent(rs.getString(1), run -> new TreeMap<>()).put(trace.lineType(), rs.getInt(2));
            }, trace.lineType());
            jdbc.query("select l.run_id, l.line_id, " + trace.describe() + " from " + trace.table() + " l"
                    + " join payment_run r on r.run_id = l.run_id where r.status = 'RELEASED' and l.line_type = ?"
                    // "not exists" at the top of the condition: PostgreSQL makes it one anti-join, not a probe a line
                    + " and not " + trace.tracesTo() + " order by r.released_at, l.line_id", rs -> {
                String runId = rs.getString(1);
                int count = untraced.computeIfAbsent(runId, run -> new TreeMap<>())
                        .merge(trace.lineType(), 1, Integer::sum);
                if (count <= NAMED) {
                    findings.fail(runId, SealCheck.LEDGER, trace.lineType() + " line_id " + rs.getLong(2) + " ("
                            + rs.getString(3) + ") does not trace to " + trace.source());
                }
            }, trace.lineType());
        }
        untraced.forEach((runId, types) -> types.forEach((type, count) -> {
            if (count > NAMED) {
                findings.fail(runId, SealCheck.LEDGER, (count - NAMED) + " more " + type + " lines do not trace");
            }
        }));
        for (AuditedRun run : runs) {
            Map<String, Integer> types = traced.getOrDefault(run.runId(), Map.of());
            if (!untraced.containsKey(run.runId())) {
                findings.pass(run.runId(), SealCheck.LEDGER, types.isEmpty() ? "no lines"
                        : "every line traces to its source: " + describe(types));
            }
        }
    }

    private static String describe(Map<String, Integer> types) {
        StringBuilder text = new StringBuilder();
        types.forEach((type, count) -> text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(type));
        return text.toString();
    }

    /**
     * @param source   what a line of the type traces to, in words
     * @param tracesTo the SQL condition on the line {@code l} and its run {@code r} that is true when it does
     *                 (never null)
     */
    private record Trace(String table, String lineType, String source, String tracesTo) {

        /** The line in a few words: its source, or its client and week. */
        String describe() {
            return table.equals("payment_line")
                    ? "l.provider_id || ' ' || l.line_type || ' ' || l.source_path || coalesce(':' || l.source_record, '')"
                    : "l.client_id || ' week ' || l.week_start";
        }
    }
}
