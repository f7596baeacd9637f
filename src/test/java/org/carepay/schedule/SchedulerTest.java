package org.carepay.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scheduler on the project's jobs/, with a test clock and commands that only say what they were asked:
 * what fires when, once across schedulers, caught up after downtime, not redone, reported when it fails.
 */
class SchedulerTest extends DatabaseTest {

    private static final Path ALERTS = Path.of("target", "test-alerts").toAbsolutePath();

    @DynamicPropertySource
    static void alerts(DynamicPropertyRegistry registry) {
        registry.add("carepay.alerts", ALERTS::toString);
    }

    @Autowired
    Schedulers schedulers;

    private final TestClock clock = new TestClock();

    @Test
    void twoSchedulersOnOneDatabaseCarryOutEachFireOnce() throws Exception {
        RecordingCommands commands = new RecordingCommands(0);
        clock.at("2026-11-22T12:00:00Z"); // Sunday noon
        Scheduler one = schedulers.create(commands, clock, "one");
        Scheduler two = schedulers.create(commands, clock, "two");
        one.begin();
        two.begin();
        clock.at("2026-11-23T07:30:00Z"); // Monday 07:30 in London (GMT)

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(one::tick);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(two::tick);

        assertThat(first.get() + second.get()).isEqualTo(6); // the billing run's fire, with no period ended, too
        assertThat(commands.words).containsExactlyInAnyOrder("ingest", "audit",
                "homecare-run week=2026-11-16 by=scheduler", "scheduled-run week=2026-11-16 by=scheduler",
                "accounts date=2026-11-22");
        assertThat(jdbc.queryForList("select job || ' ' || outcome from scheduler_fire where job = 'billingRun'",
                String.class)).containsExactly("billingRun NOTHING_TO_DO");
        assertThat(one.tick() + two.tick()).isZero(); // nothing is due twice
    }

    @Test
    void firesMissedWhileNoSchedulerRanAreCaughtUpOldestFirstEachWorkOnce() throws Exception {
        RecordingCommands commands = new RecordingCommands(0);
        clock.at("2026-11-16T08:00:00Z");
        Scheduler scheduler = schedulers.create(commands, clock, "one");
        scheduler.begin();
        clock.at("2026-12-01T08:00:00Z"); // back after two weeks and a day

        scheduler.tick();

        assertThat(commands.words).containsExactly("ingest", "audit",
                "homecare-run week=2026-11-16 by=scheduler", "scheduled-run week=2026-11-16 by=scheduler",
                "accounts date=2026-11-22",
                "homecare-run week=2026-11-23 by=scheduler", "scheduled-run week=2026-11-23 by=scheduler",
                "accounts date=2026-11-29", "monitor date=2026-11-30"); // the 1st of December at 08:00
        assertThat(jdbc.queryForObject("select count(*) from scheduler_fire where job = 'ingest'"
                + " and outcome = 'CAUGHT_UP'", Integer.class)).isEqualTo(14); // 15 nights, one ingest
    }

    @Test
    void aFireWhoseWorkIsDoneDoesNothing() throws Exception {
        RecordingCommands commands = new RecordingCommands(0);
        clock.at("2026-11-23T05:59:00Z");
        Scheduler scheduler = schedulers.create(commands, clock, "one");
        scheduler.begin();
        jdbc.update("insert into payment_run (run_id, kind, week_start, attempt, status, started_by, proposed_on)"
                + " values ('HC-2026-11-16-1', 'HOMECARE', '2026-11-16', 1, 'PROPOSED', 'ann', '2026-11-23')");
        clock.at("2026-11-23T06:00:00Z");

        scheduler.tick();

        assertThat(commands.words).isEmpty();
        assertThat(jdbc.queryForObject("select outcome || ' ' || coalesce(execution_id::text, 'no execution')"
                + " from scheduler_fire where job = 'homecareRun'", String.class)).isEqualTo("ALREADY_DONE no execution");
    }

    @Test
    void aFireThatFailsIsReportedInTheAlertsFolder() throws Exception {
        RecordingCommands commands = new RecordingCommands(1);
        clock.at("2026-12-02T03:59:00Z");
        Scheduler scheduler = schedulers.create(commands, clock, "one");
        scheduler.begin();
        clock.at("2026-12-03T01:30:00Z");

        scheduler.tick();

        assertThat(Files.readString(ALERTS.resolve("2026-12-03T01-30-00Z-ingest.txt"))).isEqualTo("""
                job: ingest
                fired: 2026-12-03T01:30:00Z
                command: carepay ingest
                exit: 1
                execution: 41
                what to do: carepay status, then carepay restart execution=41; the job's runbook is in jobs/ingest.yml
                """);
        assertThat(jdbc.queryForObject("select outcome || ' ' || execution_id from scheduler_fire where job = 'ingest'",
                String.class)).isEqualTo("FAILED 41");
    }

    @Test
    void aFireWhoseSchedulerDiedIsCarriedOnByTheNextOnce() throws Exception {
        RecordingCommands commands = new RecordingCommands(0);
        clock.at("2026-12-02T01:29:00Z");
        Scheduler next = schedulers.create(commands, clock, "next");
        next.begin();
        // a scheduler claimed the night's ingest, then died: its session, and the job's lock with it, is gone
        jdbc.update("insert into scheduler_fire (job, fire_time, parameters, claimed_by) values ('ingest',"
                + " '2026-12-02T01:30:00Z', '', 'dead:1')");
        clock.at("2026-12-02T01:31:00Z");

        next.tick();
        next.tick();

        assertThat(commands.words).containsExactly("carry on ingest"); // once, and not run again as a new fire
        assertThat(jdbc.queryForObject("select outcome from scheduler_fire where job = 'ingest'", String.class))
                .isEqualTo("CARRIED_ON");
    }

    /** Records the commands; each "started" execution 41 and ended with the given exit code. */
    private static final class RecordingCommands implements Commands {
        final List<String> words = Collections.synchronizedList(new ArrayList<>());
        private final int exit;
        int carried = 0;

        RecordingCommands(int exit) {
            this.exit = exit;
        }

        @Override
        public int run(List<String> command) {
            words.add(String.join(" ", command));
            return exit;
        }

        @Override
        public Long lastExecution() {
            return 41L;
        }

        @Override
        public int carryOn(String jobName, Instant since) {
            words.add("carry on " + jobName);
            return carried;
        }

        @Override
        public void stopRunning() {
        }
    }

    /** A clock the test sets. */
    private static final class TestClock extends Clock {
        private volatile Instant now;

        void at(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
