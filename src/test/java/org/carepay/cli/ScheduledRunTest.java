package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carepay.support.CliConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduled run on sample-data: the week's files against golden files checked by hand
 * (golden/sample-data/SP-2026-11-16-1/HOW-WORKED-OUT.md), and invoices and ad-hoc payments paid once
 * across runs: a superseded proposal frees what it claimed, a released run keeps it.
 */
class ScheduledRunTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-data/SP-2026-11-16-1");

    @TempDir
    Path dir;

    private CliConfiguration configuration;

    @BeforeEach
    void configure() {
        configuration = new CliConfiguration(dir).withBankAccount().set();
    }

    @AfterEach
    void unconfigure() {
        configuration.clear();
    }

    @Test
    void invoicesAndAdhocPaymentsArePaidOnceAcrossProposalsAndReleasedRuns() throws Exception {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("scheduled-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);
        Path first = dir.resolve("out/payments/SP-2026-11-16-1");
        for (String file : List.of("payment-lines.csv", "exceptions.csv", "ap-payments.csv")) {
            assertThat(first.resolve(file)).as(file).hasSameTextualContentAs(GOLDEN.resolve(file));
        }

        // Proposed again before approval: the superseded run's claims are free, so the new one pays them.
        assertThat(CarepayCli.run("scheduled-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);
        Path second = dir.resolve("out/payments/SP-2026-11-16-2");
        assertThat(lines(second, "INVOICE")).hasSize(5);
        assertThat(lines(second, "ADHOC")).hasSize(2);

        assertThat(CarepayCli.run("approve", "run=SP-2026-11-16-2", "by=bob")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("release", "run=SP-2026-11-16-2")).isEqualTo(ExitCode.DONE);

        // The next week: what the released run paid is not paid again; the request approved for it is.
        assertThat(CarepayCli.run("scheduled-run", "week=2026-11-23", "by=ann")).isEqualTo(ExitCode.DONE);
        Path next = dir.resolve("out/payments/SP-2026-11-23-1");
        assertThat(lines(next, "INVOICE")).isEmpty();
        assertThat(lines(next, "ADHOC")).containsExactly("SP-2026-11-23-1,P06,C1030,,,2026-11-23,2026-11-24,ADHOC,"
                + "requests/payment-requests.csv:5,,260.00");
        assertThat(lines(next, "SCHEDULED")).hasSize(18); // PK40443 ended on 2026-11-20
    }

    private static List<String> lines(Path run, String lineType) throws Exception {
        return Files.readAllLines(run.resolve("payment-lines.csv")).stream()
                .filter(line -> line.contains("," + lineType + ",")).toList();
    }
}
