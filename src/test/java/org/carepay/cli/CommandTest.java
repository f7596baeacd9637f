package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line is checked before anything starts: a wrong one is exit 2 with one line. */
class CommandTest {

    @Test
    void aGoodCommandIsParsed() {
        Command command = Command.parse("restart", "execution=42");
        assertThat(command.name()).isEqualTo(CommandName.RESTART);
        assertThat(command.execution()).isEqualTo(42);
        assertThat(Command.parse("homecare-run", "week=2026-11-16", "by=ann").parameters())
                .containsEntry("week", "2026-11-16").containsEntry("by", "ann");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "frobnicate|unknown command 'frobnicate'",
            "ingest now|'now' is not a name=value parameter; usage: ingest",
            "ingest week=2026-11-16|ingest takes no parameter 'week'; usage: ingest",
            "restart|restart needs execution=; usage: restart execution=ID",
            "restart execution=abc|execution=abc is not an execution id",
            "stop execution=0|execution=0 is not an execution id",
            "homecare-run week=2026-11-17|week=2026-11-17 is a Tuesday, not a Monday; its week starts on week=2026-11-16",
            "billing-run period=2026-11-22|period=2026-11-22 is a Sunday, not a Monday; its week starts on period=2026-11-16",
            "billing-run period=2026-13-01|period=2026-13-01 is not a date YYYY-MM-DD",
            "status run=A run=B|parameter 'run' is given twice",
    })
    void aWrongCommandSaysWhatIsWrongInOneLine(String line, String message) {
        assertThatThrownBy(() -> Command.parse(line.split(" ")))
                .isInstanceOf(Command.UsageException.class).hasMessage(message);
    }

    @Test
    void noCommandAndAnUnknownOneExitTwoWithoutStartingAnything() {
        assertThat(CarepayCli.run()).isEqualTo(ExitCode.BAD_COMMAND);
        assertThat(CarepayCli.run("bogus")).isEqualTo(ExitCode.BAD_COMMAND);
    }
}
