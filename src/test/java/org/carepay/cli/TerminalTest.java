package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A long step's progress bar: its total, percentage and time left on a terminal; nothing in a log. */
class TerminalTest {

    @Test
    void aTerminalShowsTheTotalThePercentageAndTheTimeLeft() {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(shown, true, StandardCharsets.UTF_8), true);
        try (Terminal.Progress progress = terminal.progress("loading", 4, "files")) {
            progress.at(2, "12,345 lines");
        }
        assertThat(shown.toString(StandardCharsets.UTF_8)).contains("loading", " 50%", "2/4 files", "12,345 lines")
                .containsPattern("\\(0:00:0\\d / 0:00:0\\d\\)"); // the time taken, then the time left
    }

    @Test
    void aSchedulersLogGetsNoBar() {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(shown, true, StandardCharsets.UTF_8), false);
        try (Terminal.Progress progress = terminal.progress("loading", 4, "files")) {
            progress.at(2, "12,345 lines");
        }
        terminal.say("ingest 1: 16 file(s) in the inbox");
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo("ingest 1: 16 file(s) in the inbox\n");
    }
}
