package org.carepay.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class FireTimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final CronExpression NIGHTLY = CronExpression.parse("0 30 1 * * *"); // jobs/ingest.yml

    @Test
    void aNightlyJobFiresAtItsLocalTimeInWinterAndInSummer() {
        assertThat(FireTimes.between(NIGHTLY, LONDON, Instant.parse("2026-12-01T12:00:00Z"),
                Instant.parse("2026-12-03T12:00:00Z"))).containsExactly(Instant.parse("2026-12-02T01:30:00Z"),
                Instant.parse("2026-12-03T01:30:00Z"));
        assertThat(FireTimes.between(NIGHTLY, LONDON, Instant.parse("2026-07-01T12:00:00Z"),
                Instant.parse("2026-07-02T12:00:00Z"))).containsExactly(Instant.parse("2026-07-02T00:30:00Z"));
    }

    @Test
    void theNightTheClocksGoForwardItFiresOnceAfterTheGap() {
        // 29 March 2026: 01:00 GMT becomes 02:00 BST, so 01:30 does not happen
        List<Instant> fires = FireTimes.between(NIGHTLY, LONDON, Instant.parse("2026-03-28T12:00:00Z"),
                Instant.parse("2026-03-30T12:00:00Z"));
        assertThat(fires).containsExactly(Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-03-30T00:30:00Z"));
    }

    @Test
    void theNightTheClocksGoBackItFiresOnce() {
        // 25 October 2026: 02:00 BST becomes 01:00 GMT, so 01:30 happens twice
        List<Instant> fires = FireTimes.between(NIGHTLY, LONDON, Instant.parse("2026-10-24T12:00:00Z"),
                Instant.parse("2026-10-25T12:00:00Z"));
        assertThat(fires).containsExactly(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void aFireExactlyNowIsDueAndTheLastOneIsNotDueAgain() {
        Instant fire = Instant.parse("2026-12-02T01:30:00Z");
        assertThat(FireTimes.between(NIGHTLY, LONDON, fire.minusSeconds(1), fire)).containsExactly(fire);
        assertThat(FireTimes.between(NIGHTLY, LONDON, fire, fire)).isEmpty();
        assertThat(FireTimes.next(NIGHTLY, LONDON, fire)).isEqualTo(Instant.parse("2026-12-03T01:30:00Z"));
    }
}
