package org.carepay.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.carepay.support.SampleInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Crash-safety at any instant (issue #11, scripts/crash-test): sample-data's two-week cycle, each command in a
 * JVM of its own, killed at seeded random instants (the JVM, the database server or one backend, SIGKILL) and
 * recovered as an operator would, ends with every output file and the ledger as an uninterrupted run left them,
 * nothing paid or billed twice (the audit passes, and the ledger has the same rows), and no *.tmp in out/.
 * Here a short run; {@code -Dcrash.seed=S -Dcrash.kills=N -Dcrash.perPass=K} runs N kills, K per pass.
 */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    void theTwoWeekCycleKilledAtRandomInstantsEndsAsIfNothingHadDied() throws Exception {
        long seed = Long.getLong("crash.seed", 1);
        int kills = Integer.getInteger("crash.kills", 5);
        int perPass = Integer.getInteger("crash.perPass", 5);
        List<CycleStep> steps = CycleStep.twoWeeks(SampleInbox.PATH.toAbsolutePath().toString(),
                Path.of("sample-data/week2").toAbsolutePath().toString());

        List<String> record = new ArrayList<>();
        Council uninterrupted = new Council(dir.resolve("uninterrupted"));
        Operator reference = new Operator(uninterrupted, null, record);
        List<Operator.Timing> timings = new ArrayList<>();
        for (CycleStep step : steps) {
            timings.add(reference.carryOut(step, new ArrayDeque<>(), null));
        }
        Snapshot expected = Snapshot.of(uninterrupted);
        assertThat(expected.files()).as("the uninterrupted run's audit").anySatisfy((path, content) -> {
            assertThat(path).endsWith("audit.csv");
            assertThat(content).doesNotContain(",FAIL,");
        });

        CrashPlan plan = new CrashPlan(seed);
        int landed = 0;
        for (int pass = 1; landed < kills; pass++) {
            assertThat(pass).as("passes to land %d kills (seed %d): %s", kills, seed, record).isLessThanOrEqualTo(kills + 5);
            Council council = new Council(dir.resolve("pass" + pass));
            Operator operator = new Operator(council, plan, record);
            List<Deque<Kill>> passKills = plan.pass(steps.size(), Math.min(perPass, kills - landed));
            record.add("pass " + pass + ":");
            try {
                for (int i = 0; i < steps.size(); i++) {
                    operator.carryOut(steps.get(i), passKills.get(i), timings.get(i));
                }
            } catch (AssertionError e) {
                keep(council);
                throw new AssertionError("seed " + seed + " pass " + pass + " after: " + String.join("\n", record), e);
            }
            landed += operator.landed();
            record.add("pass " + pass + ": " + operator.landed() + " kills landed, " + landed + " in all");
            report(record);
            assertThat(tmpFiles(council.out())).as("seed %d pass %d: *.tmp left in out/", seed, pass).isEmpty();
            List<String> differences = Snapshot.of(council).differences(expected);
            if (!differences.isEmpty()) {
                keep(council);
            }
            assertThat(differences).as("seed %d pass %d, as the uninterrupted run; kills: %s", seed, pass, record)
                    .isEmpty();
            FileSystemUtils.deleteRecursively(council.folder());
        }
        System.out.println("crash-test: seed " + seed + ", " + landed + " kills landed; every output file and the"
                + " ledger as the uninterrupted run's");
    }

    /** A failed pass's council (its out/, log and what each command printed) stays for a look, in target/. */
    private static void keep(Council council) throws IOException {
        Path kept = Path.of("target", "crash-test-failed", council.folder().getFileName().toString());
        FileSystemUtils.deleteRecursively(kept);
        Files.createDirectories(kept);
        for (String part : List.of("out", "var/log", "var/printed")) {
            if (Files.exists(council.folder().resolve(part))) {
                FileSystemUtils.copyRecursively(council.folder().resolve(part), kept.resolve(part));
            }
        }
    }

    /** What each kill hit and how it was recovered, in crash.report when set (scripts/crash-test). */
    private static void report(List<String> record) throws IOException {
        String report = System.getProperty("crash.report");
        if (report != null) {
            Files.write(Path.of(report), record);
        }
    }

    private static List<Path> tmpFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
