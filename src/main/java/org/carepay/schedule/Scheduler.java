package org.carepay.schedule;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code carepay scheduler}: starts each job of jobs/ on its schedule, until stopped. Each fire is claimed in
 * PostgreSQL by one scheduler only (however many run on the database, on however many machines), and a job
 * runs only while its scheduler holds the job's advisory lock, so never twice at once. Fires missed while no
 * scheduler ran are caught up oldest first, each distinct work once: three missed nights of ingest are one
 * ingest, two missed Mondays are the two weeks' runs. A fire whose work is done does nothing.
 */
public final class Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    /** How long the scheduler sleeps at most between looks at the clock (a fire is never later than this). */
    static final long LOOK_EVERY_MILLIS = 30_000;

    private final List<JobFile> jobs;
    private final Fires fires;
    private final DoneWork done;
    private final DataSource dataSource;
    private final Commands commands;
    private final Alerts alerts;
    private final Clock clock;
    private final LocalDate billingAnchor;
    private final String id;
    private volatile boolean stopping;

    Scheduler(List<JobFile> jobs, Fires fires, DoneWork done, DataSource dataSource, Commands commands, Path alerts,
              Clock clock, LocalDate billingAnchor, String id) {
        this.jobs = jobs;
        this.fires = fires;
        this.done = done;
        this.dataSource = dataSource;
        this.commands = commands;
        this.alerts = new Alerts(alerts);
        this.clock = clock;
        this.billingAnchor = billingAnchor;
        this.id = id;
    }

    /** This process, as a fire records who claimed it. */
    static String thisProcess() {
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + ManagementFactory.getRuntimeMXBean().getPid();
        } catch (UnknownHostException e) {
            return "localhost:" + ManagementFactory.getRuntimeMXBean().getPid();
        }
    }

    /** Runs until {@link #stop}: looks at the clock, carries out what is due, sleeps until the next fire. */
    public void run() throws InterruptedException {
        begin();
        LOG.info("scheduler {} started with {} jobs", id, jobs.size());
        while (!stopping) {
            try {
                tick();
            } catch (RuntimeException e) { // the database down for a while: the scheduler looks again later
                LOG.error("scheduler {} could not look at its jobs; it looks again in a while", id, e);
            }
            long sleep = Math.min(LOOK_EVERY_MILLIS, Math.max(1, nextFire().toEpochMilli() - clock.millis()));
            synchronized (this) {
                if (!stopping) {
                    wait(sleep);
                }
            }
        }
        LOG.info("scheduler {} stopped", id);
    }

    /**
     * The jobs' fires count from now unless a scheduler knew them before: a first start does not catch up on
     * the history of the council.
     */
    public void begin() {
        Instant now = clock.instant();
        jobs.forEach(job -> fires.know(job.job(), now));
    }

    /** Stops the scheduler: the job running now stops after its current chunk, STOPPED and restartable. */
    public void stop() {
        stopping = true;
        commands.stopRunning();
        synchronized (this) {
            notifyAll();
        }
    }

    /** Carries out every fire due now, oldest first; answers how many it carried out (not those of others). */
    public int tick() {
        jobs.forEach(this::carryOnAfterTheDead);
        Instant now = clock.instant();
        List<Due> due = new ArrayList<>();
        for (JobFile job : jobs) {
            FireTimes.between(job.cron(), job.zone(), fires.last(job.job()), now)
                    .forEach(fire -> due.add(new Due(job, fire)));
        }
        due.sort(Comparator.comparing(Due::fire));
        Set<String> seen = new HashSet<>();
        int carriedOut = 0;
        for (Due fire : due) {
            if (stopping) {
                break;
            }
            if (fire(fire, seen)) {
                carriedOut++;
            }
        }
        return carriedOut;
    }

    /**
     * The fires of the job that a scheduler claimed and never said how they ended, when the job's lock is free:
     * that scheduler died with them. Its execution is carried on (or, if it started none, the fire is carried
     * out now), once: the outcome is then recorded.
     */
    private void carryOnAfterTheDead(JobFile job) {
        for (Fires.Claimed claimed : fires.unfinished(job.job(), id)) {
            if (!underJobLock(job, claimed.fire(), "carried on", () -> carryOn(job, claimed))) {
                return; // its scheduler is alive and running it
            }
        }
    }

    private boolean carryOn(JobFile job, Fires.Claimed claimed) throws IOException {
        if (!fires.stillUnfinished(job.job(), claimed.fire())) {
            // Its scheduler ended it between the look for unfinished fires and this one's taking the job's lock
            // (found when two schedulers fired at once: the second carried on the first one's finished ingest).
            return true;
        }
        LOG.info("fire of {} at {}: its scheduler died; carrying it on", job.job(), claimed.fire());
        int exit = commands.carryOn(job.job(), claimed.claimedAt());
        Due due = new Due(job, claimed.fire());
        Outcome outcome = exit < 0 ? carryOut(due, parameters(due), new HashSet<>())
                : new Outcome(exit == 0 ? "CARRIED_ON" : "FAILED", commands.lastExecution());
        if (exit > 0) {
            alerts.raise(job, claimed.fire(), List.of("restart", "execution=" + commands.lastExecution()), exit,
                    commands.lastExecution());
        }
        fires.outcome(job.job(), claimed.fire(), outcome.name(), outcome.execution());
        return true;
    }

    private Instant nextFire() {
        Instant now = clock.instant();
        return jobs.stream().map(job -> FireTimes.next(job.cron(), job.zone(), now)).min(Comparator.naturalOrder())
                .orElse(Instant.MAX);
    }

    /**
     * One fire: under the job's lock, claimed, then carried out unless its work is done or was caught up by an
     * earlier fire of this tick with the same parameters.
     *
     * @param seen the job and parameters carried out in this tick
     */
    private boolean fire(Due due, Set<String> seen) {
        JobFile job = due.job();
        Optional<Map<String, String>> parameters = parameters(due);
        // another scheduler that runs this job now leaves its fires to the next look
        return underJobLock(job, due.fire(), "carried out", () -> {
            if (!fires.claim(job.job(), due.fire(), parameters.map(Scheduler::text).orElse(""), id)) {
                return false;
            }
            Outcome outcome = carryOut(due, parameters, seen);
            fires.outcome(job.job(), due.fire(), outcome.name(), outcome.execution());
            return true;
        });
    }

    /** What is done while holding a job's lock: whether it carried something out. */
    private interface LockedWork {
        boolean run() throws IOException;
    }

    /**
     * Does the work holding the job's advisory lock, on a connection of its own (PostgreSQL frees it if this
     * process dies); false when another scheduler holds it, or the work could not be done.
     */
    private boolean underJobLock(JobFile job, Instant fire, String what, LockedWork work) {
        try (Connection lock = dataSource.getConnection()) {
            if (!lock(lock, "pg_try_advisory_lock", job)) {
                return false;
            }
            try {
                return work.run();
            } finally {
                lock(lock, "pg_advisory_unlock", job);
            }
        } catch (SQLException | IOException e) {
            LOG.error("fire of {} at {} could not be {}", job.job(), fire, what, e);
            return false;
        }
    }

    /** The fire's parameters, resolved on its day in the job's zone; empty when it has nothing to do. */
    private Optional<Map<String, String>> parameters(Due due) {
        return FireParameters.resolve(due.job().parameters(), due.fire().atZone(due.job().zone()).toLocalDate(),
                billingAnchor);
    }

    private Outcome carryOut(Due due, Optional<Map<String, String>> parameters, Set<String> seen)
            throws IOException {
        JobFile job = due.job();
        if (parameters.isEmpty()) {
            return new Outcome("NOTHING_TO_DO", null);
        }
        if (!seen.add(job.job() + " " + text(parameters.get()))) {
            return new Outcome("CAUGHT_UP", null);
        }
        List<String> words = words(job, parameters.get());
        if (done.done(words.get(0), parameters.get())) {
            LOG.info("fire of {} at {}: already done for {}", job.job(), due.fire(), parameters.get());
            return new Outcome("ALREADY_DONE", null);
        }
        LOG.info("fire of {} at {}: carepay {}", job.job(), due.fire(), String.join(" ", words));
        int exit = commands.run(words);
        Long execution = commands.lastExecution();
        if (exit != 0) {
            alerts.raise(job, due.fire(), words, exit, execution);
        }
        return new Outcome(switch (exit) {
            case 0 -> "DONE";
            case 3 -> "REFUSED";
            default -> "FAILED";
        }, execution);
    }

    /** The command's words with each placeholder replaced by its parameter's value. */
    static List<String> words(JobFile job, Map<String, String> parameters) {
        List<String> words = new ArrayList<>();
        for (String word : job.command()) {
            String filled = word;
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                filled = filled.replace("<" + parameter.getKey() + ">", parameter.getValue());
            }
            words.add(filled);
        }
        return words;
    }

    private static String text(Map<String, String> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, value) -> text.append(text.isEmpty() ? "" : " ").append(name).append('=')
                .append(value));
        return text.toString();
    }

    private static boolean lock(Connection connection, String function, JobFile job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function
                + "(hashtext('carepay.job.' || ?))")) {
            statement.setString(1, job.job());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private record Due(JobFile job, Instant fire) {
    }

    /** What a fire did, and the job execution it started, if it started one. */
    private record Outcome(String name, Long execution) {
    }
}
