package org.carepay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * What the database itself keeps true of the ledger: a released run and its rows never change, and an item
 * is claimed by one live run at most, whichever process asks.
 */
class ReleasedRunsTest extends DatabaseTest {

    @BeforeEach
    void twoRuns() {
        jdbc.update("""
                insert into payment_run (run_id, kind, week_start, attempt, status, started_by, proposed_on) values
                ('HC-2026-11-16-1', 'HOMECARE', '2026-11-16', 1, 'RELEASED', 'ann', '2026-11-24'),
                ('HC-2026-11-23-1', 'HOMECARE', '2026-11-23', 1, 'PROPOSED', 'ann', '2026-12-01')""");
        for (String run : new String[] {"HC-2026-11-16-1", "HC-2026-11-23-1"}) {
            jdbc.update("""
                    insert into payment_line (run_id, provider_id, week_start, line_type, source_path, amount)
                    values (?, 'P01', '2026-11-16', 'ADJUSTMENT', 'HC-2026-11-09-1', 10.00)""", run);
        }
    }

    @Test
    void theLinesOfAReleasedRunCannotBeChangedOrDeleted() {
        assertThatThrownBy(() -> jdbc.update("update payment_line set amount = 0 where run_id = 'HC-2026-11-16-1'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("run HC-2026-11-16-1 are RELEASED");
        assertThatThrownBy(() -> jdbc.update("delete from payment_line"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("RELEASED and never change");
        assertThat(jdbc.queryForObject("select count(*) from payment_line", Integer.class)).isEqualTo(2);

        // A run that is not released can be cleared and rated again.
        assertThat(jdbc.update("delete from payment_line where run_id = 'HC-2026-11-23-1'")).isEqualTo(1);
    }

    @Test
    void aReleasedRunKeepsItsStatus() {
        assertThatThrownBy(() -> jdbc.update("update payment_run set status = 'SUPERSEDED'"
                + " where run_id = 'HC-2026-11-16-1'")).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("run HC-2026-11-16-1 is RELEASED");
    }

    @Test
    void anItemIsClaimedByOneLiveRunAtMost() {
        // Another process read the claims before the first one took the item: the database says no to it.
        RunClaims late = new RunClaims(jdbc, "HC-2026-11-23-1");
        assertThat(new RunClaims(jdbc, "HC-2026-11-16-1").take(ClaimType.CARRIED_RECOVERY, "HC-2026-11-09-1|P01"))
                .isTrue();
        assertThat(late.take(ClaimType.CARRIED_RECOVERY, "HC-2026-11-09-1|P01")).isFalse();
        assertThatThrownBy(() -> jdbc.update("insert into run_claim (run_id, claim_type, item)"
                + " values ('HC-2026-11-23-1', 'CARRIED_RECOVERY', 'HC-2026-11-09-1|P01')"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("run_claim_live");
    }
}
