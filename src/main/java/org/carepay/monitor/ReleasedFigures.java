package org.carepay.monitor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carepay.ingest.format.InboxKind;
import org.carepay.reference.ReferenceSnapshots;
import org.carepay.rules.FinancialYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What R10 reads of the ledger, released runs only: payment lines by service type and week, the weeks released,
 * income billed, the accrued Court of Protection balance, and what the homecare runs of the last weeks paid and
 * refused per package; and the budgets of the current budgets.csv snapshot.
 */
@Component
class ReleasedFigures {

    /** R10's actual spend: every released payment line but a carried recovery; ADHOC lines under ADHOC. */
    private static final String SPEND = """
            from payment_line l join payment_run r on r.run_id = l.run_id
            where r.status = 'RELEASED' and r.kind in ('HOMECARE', 'SCHEDULED') and l.line_type <> 'CARRIED_RECOVERY'
              and l.week_start between ? and ?""";

    private final JdbcTemplate jdbc;
    private final ReferenceSnapshots snapshots;

    ReleasedFigures(JdbcTemplate jdbc, ReferenceSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /** Actual spend by service type (ADHOC for ad-hoc payments), of the weeks from the year's start to the day. */
    Map<String, BigDecimal> spendByServiceType(FinancialYear year, LocalDate day) {
        Map<String, BigDecimal> spend = new TreeMap<>();
        jdbc.query("select case when l.line_type = 'ADHOC' then '" + BudgetLine.ADHOC + "' else l.service_type end,"
                + " sum(l.amount) " + SPEND + " group by 1", rs -> {
            spend.put(rs.getString(1), rs.getBigDecimal(2));
        }, year.start(), day);
        return spend;
    }

    /** Actual spend of each week (by its Monday) from the year's start to the day. */
    Map<LocalDate, BigDecimal> spendByWeek(FinancialYear year, LocalDate day) {
        Map<LocalDate, BigDecimal> spend = new TreeMap<>();
        jdbc.query("select l.week_start, sum(l.amount) " + SPEND + " group by 1", rs -> {
            spend.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
        }, year.start(), day);
        return spend;
    }

    /** The weeks from the year's start to the day that a payment run of the kind released. */
    List<LocalDate> releasedWeeks(String kind, FinancialYear year, LocalDate day) {
        return jdbc.queryForList("""
                select week_start from payment_run where kind = ? and status = 'RELEASED' and week_start between ? and ?
                order by week_start""", LocalDate.class, kind, year.start(), day);
    }

    /** The annual budgets of the year by service type, from the current budgets.csv (none without one). */
    Map<String, BigDecimal> budgets(FinancialYear year) {
        Map<String, BigDecimal> budgets = new HashMap<>();
        jdbc.query("select service_type, annual_budget from budget where file_id = ? and financial_year_start = ?",
                rs -> {
                    budgets.put(rs.getString(1), rs.getBigDecimal(2));
                }, snapshots.currentOrNone(InboxKind.BUDGETS), year.start());
        return budgets;
    }

    /** R10's income: the BILLED charge lines of released billing runs of the weeks from the year's start to the day. */
    BigDecimal billed(FinancialYear year, LocalDate day) {
        return jdbc.queryForObject("""
                select coalesce(sum(l.charge), 0.00) from charge_line l join payment_run r on r.run_id = l.run_id
                where r.kind = 'BILLING' and r.status = 'RELEASED' and l.status = 'BILLED'
                  and l.week_start between ? and ?""", BigDecimal.class, year.start(), day);
    }

    /**
     * The Court of Protection balance accrued by the day: the ACCRUED lines of released billing runs that no
     * released run has billed yet (by a COP_ARREARS line that claims them, R6).
     */
    BigDecimal accruedCourtOfProtection(LocalDate day) {
        return jdbc.queryForObject("""
                select coalesce(sum(l.charge), 0.00) from charge_line l join payment_run r on r.run_id = l.run_id
                where r.kind = 'BILLING' and r.status = 'RELEASED' and l.status = 'ACCRUED' and l.week_start <= ?
                  and not exists (select 1 from run_claim c join payment_run b on b.run_id = c.run_id
                                  where c.claim_type = 'ACCRUED_LINE' and c.item = l.line_id::text
                                    and c.live and b.status = 'RELEASED')""", BigDecimal.class, day);
    }

    /** The last {@code weeks} weeks ending before the day that a homecare run released, oldest first. */
    List<LocalDate> deliveryWeeks(LocalDate day, int weeks) {
        List<LocalDate> latest = new ArrayList<>(jdbc.queryForList("""
                select week_start from payment_run where kind = 'HOMECARE' and status = 'RELEASED'
                  and week_start + 6 < ? order by week_start desc limit ?""", LocalDate.class, day, weeks));
        Collections.reverse(latest);
        return latest;
    }

    /** The carer-minutes the VISIT lines of those weeks' released homecare runs paid, by package. */
    Map<String, BigDecimal> deliveredMinutes(List<LocalDate> weeks) {
        Map<String, BigDecimal> minutes = new HashMap<>();
        jdbc.query("""
                select l.package_id, sum(l.paid_units) from payment_line l join payment_run r on r.run_id = l.run_id
                where r.kind = 'HOMECARE' and r.status = 'RELEASED' and r.week_start = any(?::date[])
                  and l.line_type = 'VISIT' and l.week_start = r.week_start group by l.package_id""", rs -> {
            minutes.put(rs.getString(1), rs.getBigDecimal(2));
        }, (Object) dates(weeks));
        return minutes;
    }

    /** The MISSED_VISIT refusals of those weeks' released homecare runs, by package and week. */
    Map<String, Map<LocalDate, Integer>> missedVisits(List<LocalDate> weeks) {
        Map<String, Map<LocalDate, Integer>> missed = new HashMap<>();
        jdbc.query("""
                select e.package_id, r.week_start, count(*) from run_exception e join payment_run r on r.run_id = e.run_id
                where r.kind = 'HOMECARE' and r.status = 'RELEASED' and r.week_start = any(?::date[])
                  and e.code = 'MISSED_VISIT' and e.package_id is not null group by 1, 2""", rs -> {
            missed.computeIfAbsent(rs.getString(1), p -> new HashMap<>()).put(rs.getObject(2, LocalDate.class),
                    rs.getInt(3));
        }, (Object) dates(weeks));
        return missed;
    }

    /** The providers whose return the week's released homecare run rated: a visit paid or a line refused. */
    Map<LocalDate, Set<String>> providersRated(List<LocalDate> weeks) {
        Map<LocalDate, Set<String>> rated = new HashMap<>();
        jdbc.query("""
                select r.week_start, l.provider_id from payment_line l join payment_run r on r.run_id = l.run_id
                where r.kind = 'HOMECARE' and r.status = 'RELEASED' and r.week_start = any(?::date[])
                  and l.line_type = 'VISIT'
                union
                select r.week_start, e.provider_id from run_exception e join payment_run r on r.run_id = e.run_id
                where r.kind = 'HOMECARE' and r.status = 'RELEASED' and r.week_start = any(?::date[])""", rs -> {
            rated.computeIfAbsent(rs.getObject(1, LocalDate.class), w -> new HashSet<>()).add(rs.getString(2));
        }, dates(weeks), dates(weeks));
        return rated;
    }

    private static String[] dates(List<LocalDate> weeks) {
        return weeks.stream().map(LocalDate::toString).toArray(String[]::new);
    }
}
