package org.carepay.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFilesTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsJobFilesAreRead() throws Exception {
        List<JobFile> jobs = JobFiles.read(Path.of("jobs"));
        assertThat(jobs).extracting(JobFile::job).containsExactly("accounts", "audit", "billingRun", "homecareRun",
                "ingest", "monitor", "scheduledRun");
        JobFile homecare = jobs.get(3);
        assertThat(homecare.command()).containsExactly("homecare-run", "week=<week>", "by=scheduler");
        assertThat(homecare.parameters()).isEqualTo(Map.of("week", "previous"));
        assertThat(homecare.zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void aFileItCannotUseIsRefusedWithItsFileAndLine() throws IOException {
        assertRefused("""
                job: ingest
                command: carepay ingest
                schedule:
                  cron: "0 30 1 * *"
                  zone: Europe/London
                """, "bad.yml:4: cron '0 30 1 * *' is not a cron expression of six fields");
        assertRefused("""
                job: ingest
                command: carepay ingest
                schedule:
                  cron: "0 30 1 * * *"
                  zone: Europe/Londn
                """, "bad.yml:5: zone 'Europe/Londn' is not a time zone (Europe/London)");
        assertRefused("""
                job: homecareRun
                command: carepay homecare-run week=<week>
                schedule:
                  cron: "0 0 6 * * MON"
                  zone: Europe/London
                parameters:
                  week: last
                """, "bad.yml:7: parameter week: 'last' is not a default the scheduler knows");
        assertRefused("""
                job: ingest
                comand: carepay ingest
                """, "bad.yml:2: 'comand' is not one of command, job, parameters, runbook, schedule");
        assertRefused("""
                job: ingest
                command: carepay ingest
                schedule: [
                """, "bad.yml:");
    }

    private void assertRefused(String text, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yml"), text);
        assertThatThrownBy(() -> JobFiles.read(file, "bad.yml")).isInstanceOf(JobFileException.class)
                .hasMessageStartingWith(message);
    }
}
