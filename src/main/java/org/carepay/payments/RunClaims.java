package org.carepay.payments;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run claims so that it is paid or billed once (R4, R5; R6's accrued Court of Protection weeks):
 * an item is free when no run that is not superseded holds it, so superseding a proposal frees its claims.
 */
public final class RunClaims {

    private final JdbcTemplate jdbc;
    private final String runId;
    private final Set<String> taken;

    public RunClaims(JdbcTemplate jdbc, String runId) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.taken = new HashSet<>(jdbc.queryForList("""
                select c.item from run_claim c join payment_run r on r.run_id = c.run_id
                where r.status <> 'SUPERSEDED' and r.run_id <> ?""", String.class, runId));
    }

    public boolean isTaken(String item) {
        return taken.contains(item);
    }

    /** Claims the item for this run; false when a live run (this one included) holds it already. */
    public boolean take(String item) {
        if (!taken.add(item)) {
            return false;
        }
        jdbc.update("insert into run_claim (run_id, item) values (?, ?)", runId, item);
        return true;
    }
}
