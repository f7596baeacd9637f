package org.carepay.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * R7's carried recoveries, the last thing a payment run's rating does. A provider whose run total is below
 * zero is paid nothing: the run carries the recovery away in a CARRIED_RECOVERY line of minus its total
 * (source: the run itself). Once that run is released the recovery is owed, and the next payment run of
 * either kind carries it in: a CARRIED_RECOVERY line of the negative amount, source the run it came from,
 * claimed so that it is recovered once (a superseded proposal frees it).
 */
@Repository
public class CarriedRecoveries {

    private final JdbcTemplate jdbc;
    private final RunProviders providers;

    public CarriedRecoveries(JdbcTemplate jdbc, RunProviders providers) {
        this.jdbc = jdbc;
        this.providers = providers;
    }

    /** Carries in what released runs carried away and no live run has claimed, then carries away what is below zero. */
    public void settle(String runId, LocalDate weekStart) {
        carryIn(runId, weekStart);
        carryAway(runId, weekStart);
    }

    private void carryIn(String runId, LocalDate weekStart) {
        RunClaims claims = new RunClaims(jdbc, runId);
        jdbc.query("""
                select l.run_id, l.provider_id, l.amount from payment_line l join payment_run r on r.run_id = l.run_id
                where l.line_type = 'CARRIED_RECOVERY' and l.source_path = l.run_id and r.status = 'RELEASED'
                order by l.provider_id collate "C", r.released_at, l.run_id""", rs -> {
            String from = rs.getString(1);
            String provider = rs.getString(2);
            if (claims.take(ClaimType.CARRIED_RECOVERY, from + "|" + provider)) {
                insertLine(runId, provider, weekStart, from, rs.getBigDecimal(3).negate(),
                        "recovery carried from " + from);
            }
        });
    }

    /** A provider's total of the run ({@link RunProviders}: all its lines), below zero, is brought to 0.00. */
    private void carryAway(String runId, LocalDate weekStart) {
        for (RunProviders.RunProvider provider : providers.of(runId)) {
            if (provider.total().signum() < 0) {
                BigDecimal owed = provider.total().negate();
                insertLine(runId, provider.providerId(), weekStart, runId, owed, "the run's lines total "
                        + provider.total() + ": nothing is paid, and " + owed
                        + " is recovered from the next payment run once this one is released");
            }
        }
    }

    /** A CARRIED_RECOVERY line of the run: source the run it was carried from (itself when it carries away). */
    private void insertLine(String runId, String provider, LocalDate weekStart, String source, BigDecimal amount,
                            String detail) {
        jdbc.update("""
                insert into payment_line (run_id, provider_id, week_start, line_type, source_path, amount, detail)
                values (?, ?, ?, 'CARRIED_RECOVERY', ?, ?, ?)""", runId, provider, weekStart, source, amount, detail);
    }
}
