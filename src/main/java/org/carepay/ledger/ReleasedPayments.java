package org.carepay.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.carepay.corrections.LookBackWindow;
import org.carepay.payments.RunKind;
import org.carepay.valuation.PackageWeek;
import org.carepay.valuation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What released payment runs paid, as R7's look-back compares it with what the weeks are worth today. */
@Repository
public class ReleasedPayments {

    private final JdbcTemplate jdbc;

    public ReleasedPayments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The weeks from {@code from} to before {@code before} that a run of the kind released, with that run. */
    public SortedMap<LocalDate, String> releasedWeeks(RunKind kind, LocalDate from, LocalDate before) {
        SortedMap<LocalDate, String> weeks = new TreeMap<>();
        jdbc.query("""
                select week_start, run_id from payment_run
                where kind = ? and status = 'RELEASED' and week_start >= ? and week_start < ?""",
                rs -> {
                    weeks.put(rs.getObject(1, LocalDate.class), rs.getString(2));
                }, kind.name(), from, before);
        return weeks;
    }

    /**
     * For each week from {@code from} to before {@code before} that a run of the kind released: the run that
     * valued it last, the last released run of the kind whose window covers it. R7 left that week's released
     * lines adding up to what it was worth under the data that run read.
     */
    public Map<LocalDate, String> lastValuedBy(RunKind kind, LocalDate from, LocalDate before) {
        Map<LocalDate, String> runs = new HashMap<>();
        jdbc.query("""
                select w.week_start, (select r.run_id from payment_run r
                                      where r.kind = w.kind and r.status = 'RELEASED'
                                        and r.week_start between w.week_start and w.week_start + ?
                                      order by r.released_at desc, r.run_id desc limit 1)
                from payment_run w where w.kind = ? and w.status = 'RELEASED' and w.week_start >= ? and w.week_start < ?""",
                rs -> {
                    runs.put(rs.getObject(1, LocalDate.class), rs.getString(2));
                }, LookBackWindow.DAYS, kind.name(), from, before);
        return runs;
    }

    /**
     * R7's "released" of the package-weeks of the week in the scope: Σ of the amounts of the VISIT, SCHEDULED
     * and ADJUSTMENT lines of released runs of the kind with that week_start (INVOICE and ADHOC lines are paid
     * once, on evidence, and never recomputed).
     */
    public Map<PackageWeek, BigDecimal> released(RunKind kind, LocalDate week, Scope scope) {
        Map<PackageWeek, BigDecimal> released = new HashMap<>();
        // One query per part of the scope, each on an index of its own: a plan for "providers or clients"
        // would read the whole week. A line in both parts is summed in both with the same key and amount.
        if (scope.all()) {
            sums(kind, week, "", null, released);
        }
        if (!scope.providers().isEmpty()) {
            sums(kind, week, " and l.provider_id = any(?)", scope.providers().toArray(String[]::new), released);
        }
        if (!scope.clients().isEmpty()) {
            sums(kind, week, " and l.client_id = any(?)", scope.clients().toArray(String[]::new), released);
        }
        return released;
    }

    private void sums(RunKind kind, LocalDate week, String filter, String[] ids, Map<PackageWeek, BigDecimal> into) {
        Object[] args = ids == null ? new Object[] {week, kind.name()} : new Object[] {week, ids, kind.name()};
        // The week's lines first (materialized: found by their index, not run by run), then their runs.
        jdbc.query("""
                with week as materialized (select l.* from payment_line l where l.week_start = ?""" + filter + """
                 and l.line_type in ('VISIT', 'SCHEDULED', 'ADJUSTMENT'))
                select l.provider_id, l.client_id, l.package_id, l.service_type, sum(l.amount)
                from week l join payment_run r on r.run_id = l.run_id
                where r.kind = ? and r.status = 'RELEASED'
                group by l.provider_id, l.client_id, l.package_id, l.service_type""", rs -> {
            into.put(new PackageWeek(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), week),
                    rs.getBigDecimal(5));
        }, args);
    }

    /**
     * The released VISIT lines of a provider in a run, by package, amount by source (path:record): read once
     * per provider and week, however many of its packages are corrected (an uplift corrects them all).
     */
    public Map<String, Map<String, BigDecimal>> visits(String runId, String providerId) {
        Map<String, Map<String, BigDecimal>> visits = new HashMap<>();
        jdbc.query("""
                select package_id, source_path || ':' || source_record, amount from payment_line
                where run_id = ? and provider_id collate "C" = ? and line_type = 'VISIT' order by source_record""", rs -> {
            visits.computeIfAbsent(rs.getString(1), p -> new LinkedHashMap<>()).put(rs.getString(2),
                    rs.getBigDecimal(3));
        }, runId, providerId);
        return visits;
    }

    /** The paid days of each package's SCHEDULED line in a run, read once per week corrected. */
    public Map<String, Integer> scheduledDays(String runId) {
        Map<String, Integer> days = new HashMap<>();
        jdbc.query("select package_id, paid_units::int from payment_line where run_id = ? and line_type = 'SCHEDULED'",
                rs -> {
                    days.put(rs.getString(1), rs.getInt(2));
                }, runId);
        return days;
    }
}
