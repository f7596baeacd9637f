package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.Test;

/**
 * The homecare run end to end on sample-data, as operators run it: propose, the files against the
 * golden files checked by hand (golden/sample-data/HC-2026-11-16-1/HOW-WORKED-OUT.md), and the
 * lifecycle with its refusals and exit codes.
 */
class HomecareRunTest extends CliTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-data/HC-2026-11-16-1");


    @Test
    void sampleDataWeekIsRatedExactlyAsWorkedOutByHandAndGoesThroughItsLifecycle() throws Exception {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("homecare-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);
        Path run = dir.resolve("out/payments/HC-2026-11-16-1");
        for (String file : List.of("payment-lines.csv", "exceptions.csv", "ap-payments.csv", "remittances/P01.csv",
                "remittances/P02.csv", "remittances/P03.csv")) {
            assertThat(run.resolve(file)).as(file).hasSameTextualContentAs(GOLDEN.resolve(file));
        }
        assertThat(Files.readString(run.resolve("summary.json")))
                .contains("\"homecare.tolerance_minutes\": \"5\"", "\"path\": \"returns/P02-2026-11-16_v2.csv\"")
                .doesNotContain("returns/P02-2026-11-16.csv"); // the replaced return is not an input
        assertThat(Files.readString(run.resolve("qa-report.html"))).contains("HC-2026-11-16-1");

        // Proposing again before approval (forced: nothing is new) supersedes; the same inputs give the same files.
        assertThat(CarepayCli.run("homecare-run", "week=2026-11-16", "by=ann", "force=yes")).isEqualTo(ExitCode.DONE);
        Path second = dir.resolve("out/payments/HC-2026-11-16-2");
        assertThat(Files.readString(second.resolve("payment-lines.csv")))
                .isEqualTo(Files.readString(run.resolve("payment-lines.csv")).replace("HC-2026-11-16-1", "HC-2026-11-16-2"));
        assertThat(CarepayCli.run("approve", "run=HC-2026-11-16-1", "by=bob")).isEqualTo(ExitCode.REFUSED);

        assertThat(CarepayCli.run("approve", "run=HC-2026-11-16-2", "by= Ann ")).isEqualTo(ExitCode.REFUSED);
        // R8's approvers are named in configuration (the sample's: bob, carol); anyone else is refused.
        assertThat(CarepayCli.run("approve", "run=HC-2026-11-16-2", "by=mallory")).isEqualTo(ExitCode.REFUSED);
        assertThat(CarepayCli.run("release", "run=HC-2026-11-16-2")).isEqualTo(ExitCode.REFUSED);
        assertThat(CarepayCli.run("approve", "run=HC-2026-11-16-2", "by=bob")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("release", "run=HC-2026-11-16-2")).isEqualTo(ExitCode.DONE);

        // Who did what: the names given and the operating-system account of each command.
        String account = System.getProperty("user.name");
        String at = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";
        assertThat(Files.readAllLines(second.resolve("lifecycle.csv"))).satisfiesExactly(
                header -> assertThat(header).isEqualTo("step,at,name,os_account"),
                proposed -> assertThat(proposed).matches("PROPOSED," + at + ",ann," + account),
                approved -> assertThat(approved).matches("APPROVED," + at + ",bob," + account),
                released -> assertThat(released).matches("RELEASED," + at + ",," + account));

        // The bank file: a credit per provider paid, then the contra (docs/bacs-std18.md).
        assertThat(Files.readAllLines(second.resolve("bacs-std18.txt"))).extracting(line -> line.substring(15, 17)
                + line.substring(35, 46)).containsExactly("9900000152800", "9900000204391", "9900000053778",
                "1700000410969");

        assertThat(CarepayCli.run("homecare-run", "week=2026-11-16", "by=carol")).isEqualTo(ExitCode.REFUSED);
        assertThat(CarepayCli.run("release", "run=HC-2026-11-16-2")).isEqualTo(ExitCode.REFUSED);
        assertThat(CarepayCli.run("approve", "run=HC-2026-11-16-9", "by=bob")).isEqualTo(ExitCode.BAD_COMMAND);
        assertThat(CarepayCli.run("homecare-run", "week=2026-11-17")).isEqualTo(ExitCode.BAD_COMMAND);
        assertThat(dir.resolve("out/payments/HC-2026-11-16-3")).doesNotExist();
    }
}
