package org.carepay.payments.scheduled;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a scheduled run claims (R4, R5: paid once, by the first run that claims it): an item is free
 * when no run that is not superseded holds it, so superseding a proposal frees its claims.
 */
final class RunClaims {

    private final JdbcTemplate jdbc;
    private final String runId;
    private final Set<String> taken;

    RunClaims(JdbcTemplate jdbc, String runId) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.taken = new HashSet<>(jdbc.queryForList("""
                select c.item from run_claim c join payment_run r on r.run_id = c.run_id
                where r.status <> 'SUPERSEDED' and r.run_id <> ?""", String.class, runId));
    }

    boolean isTaken(String item) {
        return taken.contains(item);
    }

    /** Claims the item for this run; false when a live run (this one included) holds it already. */
    boolean take(String item) {
        if (!taken.add(item)) {
            return false;
        }
        jdbc.update("insert into run_claim (run_id, item) values (?, ?)", runId, item);
        return true;
    }
}
