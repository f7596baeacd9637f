package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.Test;

/** {@code carepay scheduler} refuses to start on a job file it cannot use, naming the file and the line. */
class SchedulerCommandTest extends CliTest {

    @Test
    void aBadJobFileIsRefusedAtStartWithItsFileAndLine() throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("ingest.yml"), """
                job: ingest
                command: carepay ingest
                schedule:
                  cron: "0 30 1 * * *"
                  zone: Europe/London
                """);
        Files.writeString(jobs.resolve("audit.yml"), """
                job: audit
                command: carepay audit
                schedule:
                  cron: "0 0 3 * * *"
                  zone: Europe/Lndon
                """);
        configuration.with("carepay.jobs", jobs.toString()).set();
        assertThat(Printed.by(ExitCode.BAD_COMMAND, "scheduler")).isEqualTo("carepay: a job file cannot be used:"
                + " audit.yml:5: zone 'Europe/Lndon' is not a time zone (Europe/London)\n");
    }
}
