package org.carepay.ledger;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run claims so that it is paid or billed once (R4, R5, R9, R6's accrued Court of Protection weeks,
 * R7's carried recoveries). An item is free when no live claim holds it: superseding a proposal makes its
 * claims not live. The database's unique index on live claims decides, so "paid once" holds across
 * processes too; the sets read at the start only save asking it about items other runs hold.
 *
 * <p>A new proposal of a week may take what the week's earlier proposal holds: it does not supersede that one
 * until it is written, so it claims those items not live, and they become live when it does
 * ({@code PaymentRuns.proposed}). Until then the earlier proposal's claims keep every other run off them.
 */
public final class RunClaims {

    private final JdbcTemplate jdbc;
    private final String runId;
    private final Set<String> taken = new HashSet<>();
    private final Set<String> heldByEarlierAttempts = new HashSet<>();

    public RunClaims(JdbcTemplate jdbc, String runId) {
        this.jdbc = jdbc;
        this.runId = runId;
        jdbc.query("""
                select c.claim_type || '|' || c.item, o.kind = this.kind and o.week_start = this.week_start
                from run_claim c join payment_run o on o.run_id = c.run_id, payment_run this
                where c.live and this.run_id = ? and c.run_id <> this.run_id""", rs -> {
            (rs.getBoolean(2) ? heldByEarlierAttempts : taken).add(rs.getString(1));
        }, runId);
    }

    public boolean isTaken(ClaimType type, String item) {
        return taken.contains(key(type, item));
    }

    /** Claims the item for this run; false when a live run (this one included) holds it already. */
    public boolean take(ClaimType type, String item) {
        String key = key(type, item);
        if (!taken.add(key)) {
            return false;
        }
        return jdbc.update("""
                insert into run_claim (run_id, claim_type, item, live) values (?, ?, ?, ?)
                on conflict (claim_type, item) where live do nothing""", runId, type.name(), item,
                !heldByEarlierAttempts.contains(key)) == 1;
    }

    private static String key(ClaimType type, String item) {
        return type.name() + "|" + item;
    }
}
