package org.carepay.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to {@code carepay scheduler} in the middle of a step (issue #11): its job stops after the chunk it is
 * writing, STOPPED and restartable, the scheduler ends, and {@code carepay restart} carries the job on to what
 * an ingest that was never stopped takes in.
 */
class SchedulerTerminationTest {

    private static final String EVERY_SECOND = """
            job: ingest
            command: carepay ingest
            schedule:
              cron: "* * * * * *"
              zone: Europe/London
            parameters: {}
            runbook: |
              Every second, for this test.
            """;

    /** What was taken in: the files' verdicts and the number of visits and refusals. */
    private static final String TAKEN_IN = """
            select path || ' ' || status from inbox_file
            union all select 'visits ' || count(*) from visit
            union all select 'refused ' || count(*) from ingest_exception
            order by 1""";

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheRunningJobAfterItsChunkAndARestartCarriesItOn() throws Exception {
        Path inbox = dir.resolve("inbox");
        Process generate = new ProcessBuilder("python3", "scripts/generate", "--out", inbox.toString(), "--seed", "1",
                "--visits", "60000").inheritIO().start();
        assertThat(generate.waitFor(120, TimeUnit.SECONDS) && generate.exitValue() == 0).isTrue();
        Map<String, String> commitEachThousandLines = Map.of("CAREPAY_INGEST_CHUNKBLOCKS", "1");

        Council stopped = new Council(dir.resolve("stopped"), commitEachThousandLines);
        Files.createDirectories(stopped.jobs());
        Files.writeString(stopped.jobs().resolve("ingest.yml"), EVERY_SECOND);
        CarepayProcess scheduler = CarepayProcess.start(stopped, inbox.toString(), List.of("scheduler"));
        while (scheduler.alive() && !stopped.logSince(0).contains("Executing step: [loadLines]")) {
            Thread.sleep(5);
        }
        scheduler.terminate();
        assertThat(scheduler.exitCode()).isEqualTo(128 + 15); // a JVM ended by SIGTERM, once its hook has run
        assertThat(scheduler.printed()).contains("ingest execution 1 STOPPED in step loadLines");

        CarepayProcess status = CarepayProcess.start(stopped, inbox.toString(), List.of("status"));
        assertThat(status.exitCode()).isZero();
        assertThat(status.printed()).containsPattern("1 +ingest +STOPPED")
                .containsPattern("loadLines +STOPPED +read \\d+, written \\d+, commits [1-9]")
                .doesNotContain("  2  "); // the scheduler started nothing after the stop
        CarepayProcess restart = CarepayProcess.start(stopped, inbox.toString(), List.of("restart", "execution=1"));
        assertThat(restart.exitCode()).as(restart.printed()).isZero();

        Council uninterrupted = new Council(dir.resolve("uninterrupted"), commitEachThousandLines);
        assertThat(CarepayProcess.start(uninterrupted, inbox.toString(), List.of("ingest")).exitCode()).isZero();
        assertThat(stopped.query(TAKEN_IN)).isEqualTo(uninterrupted.query(TAKEN_IN))
                .noneMatch(row -> row.endsWith(" PENDING")).anyMatch(row -> row.startsWith("visits 59"));
    }
}
