package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.Test;

/**
 * A command line that helps (issue #12): help lists every command, setting and exit code; a setting that cannot
 * be used is a bad command (exit 2) named by its environment variable, never a restartable failure.
 */
class HelpAndSettingsTest extends CliTest {

    @Test
    void helpListsEveryCommandEverySettingAndTheExitCodes() {
        String help = Printed.by(ExitCode.DONE, "help");
        for (CommandName command : CommandName.values()) {
            assertThat(help).contains("\n  " + command.usage() + "\n      " + command.does() + "\n");
        }
        assertThat(help).contains("  CAREPAY_BACS_ORIGINATORSORTCODE        the council's sort code, for release"
                        + " (6 digits) (default: none)\n",
                "  CAREPAY_LOG                            the log file (never personal data) (default: var/log/carepay.log)\n",
                "exit codes: 0 done, 1 failed (restartable: the message says how), 2 bad command or setting, 3 refused\n");
        assertThat(Printed.by(ExitCode.DONE, "--help")).isEqualTo(help);
        assertThat(Printed.by(ExitCode.DONE, "help", "cycle")).isEqualTo("usage: carepay cycle week=YYYY-MM-DD\n"
                + "  ingest, both payment runs of the week, and the billing run when the week ends a period\n");
        assertThat(CarepayCli.run("help", "bogus")).isEqualTo(ExitCode.BAD_COMMAND);
    }

    @Test
    void aSettingThatCannotBeUsedIsNamedByItsVariableAndExitsTwo() {
        configuration.with("carepay.homecare.tolerance-minutes", "five").set();
        assertThat(errorsOf(ExitCode.BAD_COMMAND, "status")).startsWith(
                "carepay: the setting CAREPAY_HOMECARE_TOLERANCEMINUTES cannot be used: ");
    }

    @Test
    void aWrongBankAccountRefusesTheReleaseAsABadSettingNamedByItsVariable() {
        configuration.with("carepay.bacs.originator-sort-code", "40127").set();
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("homecare-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("approve", "run=HC-2026-11-16-1", "by=bob")).isEqualTo(ExitCode.DONE);

        assertThat(Printed.by(ExitCode.BAD_COMMAND, "release", "run=HC-2026-11-16-1")).isEqualTo("carepay: the"
                + " council's bank account is set wrong: originator sort code must be exactly 6 digits; see"
                + " CAREPAY_BACS_ORIGINATORSORTCODE, CAREPAY_BACS_ORIGINATORACCOUNTNUMBER and"
                + " CAREPAY_BACS_ORIGINATORNAME (docs/bacs-std18.md)\n");
        assertThat(Printed.by(ExitCode.DONE, "status")).contains("HC-2026-11-16-1      APPROVED");
    }

    private static String errorsOf(ExitCode expected, String... args) {
        PrintStream errors = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(CarepayCli.run(args)).isEqualTo(expected);
        } finally {
            System.setErr(errors);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
