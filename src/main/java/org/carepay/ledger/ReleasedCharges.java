package org.carepay.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.carepay.corrections.LookBackWindow;
import org.carepay.corrections.ReleasedWeek;
import org.carepay.rules.WeekCharge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What released billing runs charged, as R7's look-back compares it with what the weeks are worth today. */
@Repository
public class ReleasedCharges {

    private static final int PERIOD_DAYS = 28;

    private final JdbcTemplate jdbc;

    public ReleasedCharges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The weeks from {@code from} to before {@code before} that a released billing run billed, with that run. */
    public SortedMap<LocalDate, String> billedWeeks(LocalDate from, LocalDate before) {
        SortedMap<LocalDate, String> weeks = new TreeMap<>();
        jdbc.query("""
                select week_start, run_id from payment_run
                where kind = 'BILLING' and status = 'RELEASED' and week_start > ? and week_start < ?""", rs -> {
            LocalDate start = rs.getObject(1, LocalDate.class);
            for (LocalDate week = start; week.isBefore(start.plusDays(PERIOD_DAYS)); week = week.plusDays(7)) {
                if (!week.isBefore(from) && week.isBefore(before)) {
                    weeks.put(week, rs.getString(2));
                }
            }
        }, from.minusDays(PERIOD_DAYS), before);
        return weeks;
    }

    /**
     * R7's "released" of every client-week from {@code from} to before {@code before}, by client and week: Σ of
     * the charges of the released WEEK lines BILLED or ACCRUED and of every released ARREARS and CREDIT line
     * (COP_ARREARS lines bill what their weeks already counted as ACCRUED), with the released WEEK line.
     */
    public Map<String, Map<LocalDate, ReleasedWeek>> released(LocalDate from, LocalDate before, Set<String> clients) {
        Map<String, Map<LocalDate, ReleasedWeek>> released = new HashMap<>();
        jdbc.query("""
                select l.client_id, l.week_start,
                       coalesce(sum(l.charge) filter (where l.line_type = 'WEEK' and l.status in ('BILLED', 'ACCRUED')
                                                        or l.line_type in ('ARREARS', 'CREDIT')), 0.00),
                       max(l.chargeable_cost), max(l.maximum_charge),
                       max(l.charge) filter (where l.line_type = 'WEEK'), max(l.status) filter (where l.line_type = 'WEEK')
                from charge_line l join payment_run r on r.run_id = l.run_id
                where r.kind = 'BILLING' and r.status = 'RELEASED' and l.week_start >= ? and l.week_start < ?
                  and l.line_type <> 'COP_ARREARS' and l.client_id = any(?)
                group by l.client_id, l.week_start""", rs -> {
            LocalDate week = rs.getObject(2, LocalDate.class);
            WeekCharge line = rs.getString(7) == null ? null : new WeekCharge(week, rs.getBigDecimal(4),
                    rs.getBigDecimal(5), rs.getBigDecimal(6), WeekCharge.Status.valueOf(rs.getString(7)));
            released.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
                    .put(week, new ReleasedWeek(rs.getBigDecimal(3).setScale(2), line));
        }, from, before, clients.toArray(String[]::new));
        return released;
    }

    /**
     * For each week from {@code from} to before {@code before} that a released billing run billed: the billing
     * run that valued it last, the last released one whose period or look-back window covers it.
     */
    public Map<LocalDate, String> lastValuedBy(LocalDate from, LocalDate before) {
        Map<LocalDate, String> runs = new HashMap<>();
        jdbc.query("""
                select distinct on (w.week) w.week, r.run_id
                from (select (b.week_start + 7 * k)::date week from payment_run b, generate_series(0, 3) k
                      where b.kind = 'BILLING' and b.status = 'RELEASED') w
                join payment_run r on r.kind = 'BILLING' and r.status = 'RELEASED'
                 and r.week_start between w.week - ? and w.week + ?
                where w.week >= ? and w.week < ?
                order by w.week, r.released_at desc, r.run_id desc""", rs -> {
            runs.put(rs.getObject(1, LocalDate.class), rs.getString(2));
        }, PERIOD_DAYS - 7, LookBackWindow.DAYS, from, before);
        return runs;
    }

    /** Every client with a released charge line of a week from {@code from} to before {@code before}. */
    public Set<String> clients(LocalDate from, LocalDate before) {
        return new HashSet<>(jdbc.queryForList("""
                select distinct l.client_id from charge_line l join payment_run r on r.run_id = l.run_id
                where r.kind = 'BILLING' and r.status = 'RELEASED' and l.week_start >= ? and l.week_start < ?""",
                String.class, from, before));
    }
}
