package org.carepay.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a job's cron fires in its zone: at local wall-clock times, so Europe/London's 01:30 is 01:30 in winter
 * and in summer, and every night once. The cron is worked out on local times and each is then placed in the
 * zone: on the night the clocks go forward a time that does not happen fires after the gap, as late as the gap
 * is long (01:30 at 02:30 BST); on the night they go back a time that happens twice fires the first time.
 * (Spring's CronExpression on zoned times skips the one and fires the other twice.)
 */
final class FireTimes {

    /** A year of nightly fires: more missed than this is not caught up one by one. */
    static final int MOST = 400;

    private FireTimes() {
    }

    /** The fires after {@code after}, up to and including {@code now}, oldest first. */
    static List<Instant> between(CronExpression cron, ZoneId zone, Instant after, Instant now) {
        List<Instant> fires = new ArrayList<>();
        LocalDateTime local = LocalDateTime.ofInstant(after, zone);
        while (fires.size() < MOST) {
            local = cron.next(local);
            if (local == null) {
                break;
            }
            Instant at = ZonedDateTime.ofLocal(local, zone, null).toInstant();
            if (at.isAfter(now)) {
                break;
            }
            if (at.isAfter(after)) { // not so in the second hour of a night the clocks go back
                fires.add(at);
            }
        }
        return fires;
    }

    /** The first fire after {@code after}. */
    static Instant next(CronExpression cron, ZoneId zone, Instant after) {
        LocalDateTime local = LocalDateTime.ofInstant(after, zone);
        while (true) {
            local = cron.next(local);
            if (local == null) {
                return Instant.MAX;
            }
            Instant at = ZonedDateTime.ofLocal(local, zone, null).toInstant();
            if (at.isAfter(after)) {
                return at;
            }
        }
    }
}
