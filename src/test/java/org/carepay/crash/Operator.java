package org.carepay.crash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the cycle's commands on a council as an operator would, and, when a command's process was killed or the
 * command failed, recovers as the README and docs/reliability.md tell an operator to: {@code carepay status},
 * then {@code carepay restart execution=ID} where status names one, or the command again where nothing of it was
 * done. It records how long each command and its work took, and what each kill hit and how it was recovered.
 */
final class Operator {

    /** The moment a command has its database and starts its work (CommandRunner's log line). */
    private static final String WORK_STARTS = ": command: ";
    private static final Pattern EXECUTION_ID = Pattern.compile("(?:execution[= ]|ingest |audit/)(\\d+)");
    private static final int MAX_ACTIONS = 25;

    /** How long a step took in the uninterrupted run: all of it, and its work after start-up. */
    record Timing(long totalMillis, long workMillis) {
    }

    private record Outcome(int exit, String printed, String kill) {
    }

    private final Council council;
    private final CrashPlan plan;
    private final List<String> record;
    private long seen;
    private int landed;

    /** @param plan null for the uninterrupted run */
    Operator(Council council, CrashPlan plan, List<String> record) {
        this.council = council;
        this.plan = plan;
        this.record = record;
    }

    /** The kills that hit a live process. */
    int landed() {
        return landed;
    }

    /** Carries the step out, killed as {@code kills} says (timed against {@code timing}); how long it took. */
    Timing carryOut(CycleStep step, Deque<Kill> kills, Timing timing) throws IOException, InterruptedException {
        long started = System.nanoTime();
        long seenBefore = seen;
        long[] workStarted = new long[1];
        List<String> words = step.words();
        Recovery recovery = new Recovery(String.join(" ", step.words()));
        for (int action = 0; action < MAX_ACTIONS; action++) {
            Outcome outcome = run(step.inbox(), words, kills.poll(), timing, workStarted);
            recovery.killed(outcome.kill());
            if (outcome.exit() == 0 && outcome.kill() == null) {
                recovery.recordIn(record);
                long total = (System.nanoTime() - started) / 1_000_000;
                return new Timing(total, workStarted[0] == 0 ? total : (System.nanoTime() - workStarted[0]) / 1_000_000);
            }
            if (outcome.kill() == null && outcome.exit() != 1) {
                throw new AssertionError(String.join(" ", words) + " exited " + outcome.exit() + " with nothing killed"
                        + " (" + recovery + "):\n" + outcome.printed());
            }
            StatusView status = status();
            Optional<Long> restart = status.toRestart();
            if (restart.isEmpty() && step.done(status, seenBefore)) {
                recovery.then("status (done)");
                recovery.recordIn(record);
                return timing;
            }
            words = restart.isPresent() ? List.of("restart", "execution=" + restart.get()) : step.words();
            recovery.then("status, " + String.join(" ", words));
        }
        throw new AssertionError(String.join(" ", step.words()) + " was not done after " + MAX_ACTIONS + " commands ("
                + recovery + ")");
    }

    /** What hit a step, and what the operator ran to recover it. */
    private static final class Recovery {
        private final String step;
        private final List<String> actions = new ArrayList<>();
        private String firstKill;

        Recovery(String step) {
            this.step = step;
        }

        void killed(String kill) {
            if (kill != null && firstKill == null) {
                firstKill = kill;
            } else if (kill != null) {
                actions.add("(" + kill + ")");
            }
        }

        void then(String action) {
            actions.add(action);
        }

        void recordIn(List<String> record) {
            if (firstKill != null) {
                record.add(toString());
            }
        }

        @Override
        public String toString() {
            return step + ": " + firstKill + "; recovered by " + String.join(", ", actions);
        }
    }

    private StatusView status() throws IOException, InterruptedException {
        Outcome outcome = run(council.folder().toString(), List.of("status"), null, null, new long[1]);
        if (outcome.exit() != 0) {
            throw new AssertionError("status exited " + outcome.exit() + ":\n" + outcome.printed());
        }
        StatusView view = new StatusView(outcome.printed());
        seen = Math.max(seen, view.newestExecution());
        return view;
    }

    private Outcome run(String inbox, List<String> words, Kill kill, Timing timing, long[] workStarted)
            throws IOException, InterruptedException {
        long logOffset = council.logSize();
        CarepayProcess process = CarepayProcess.start(council, inbox, words);
        String delivered = kill == null ? null : deliver(kill, process, timing, logOffset);
        if (kill == null) {
            while (process.alive() && workStarted[0] == 0 && !process.overdue()) { // the uninterrupted run times the work
                if (workHasStarted(logOffset)) {
                    workStarted[0] = System.nanoTime();
                }
                Thread.sleep(5);
            }
        }
        int exit = process.exitCode();
        String printed = process.printed();
        Matcher ids = EXECUTION_ID.matcher(printed);
        while (ids.find()) {
            seen = Math.max(seen, Long.parseLong(ids.group(1)));
        }
        return new Outcome(exit, printed, delivered);
    }

    /** Waits for the kill's instant and kills; what it hit, or null when the command had ended first. */
    private String deliver(Kill kill, CarepayProcess process, Timing timing, long logOffset)
            throws IOException, InterruptedException {
        long delay;
        if (kill.atWork()) {
            while (process.alive() && !workHasStarted(logOffset) && !process.overdue()) {
                Thread.sleep(5);
            }
            delay = Math.round(kill.fraction() * timing.workMillis());
        } else {
            delay = Math.max(0, Math.round(kill.fraction() * timing.totalMillis()) - process.age());
        }
        Thread.sleep(delay);
        long at = process.age();
        if (!process.alive()) {
            return null;
        }
        String hit = switch (kill.target()) {
            case JVM -> null;
            case SERVER -> council.killServer() ? "the database server" : null;
            case BACKEND -> {
                List<ProcessHandle> backends = council.backends();
                if (backends.isEmpty()) {
                    yield null;
                }
                plan.pick(backends).destroyForcibly();
                yield "a database backend";
            }
        };
        if (hit == null) {
            process.killJvm(); // no server or backend yet (start-up): the JVM instead
            hit = "the JVM";
        }
        landed++;
        return kill + ": killed " + hit + " " + at + " ms after the start";
    }

    private boolean workHasStarted(long logOffset) throws IOException {
        return council.logSince(logOffset).contains(WORK_STARTS);
    }
}
