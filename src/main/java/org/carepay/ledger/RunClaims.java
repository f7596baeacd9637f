package org.carepay.ledger;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run claims so that it is paid or billed once (R4, R5, R9, R6's accrued Court of Protection weeks,
 * R7's carried recoveries). An item is free when no live claim holds it: superseding a proposal makes its
 * claims not live. The database's unique index on live claims decides, so "paid once" holds across
 * processes too; the set read at the start only saves asking it about items other runs hold.
 */
public final class RunClaims {

    private final JdbcTemplate jdbc;
    private final String runId;
    private final Set<String> taken;

    public RunClaims(JdbcTemplate jdbc, String runId) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.taken = new HashSet<>(jdbc.queryForList("""
                select claim_type || '|' || item from run_claim where live and run_id <> ?""", String.class, runId));
    }

    public boolean isTaken(ClaimType type, String item) {
        return taken.contains(key(type, item));
    }

    /** Claims the item for this run; false when a live run (this one included) holds it already. */
    public boolean take(ClaimType type, String item) {
        if (!taken.add(key(type, item))) {
            return false;
        }
        return jdbc.update("""
                insert into run_claim (run_id, claim_type, item) values (?, ?, ?)
                on conflict (claim_type, item) where live do nothing""", runId, type.name(), item) == 1;
    }

    private static String key(ClaimType type, String item) {
        return type.name() + "|" + item;
    }
}
