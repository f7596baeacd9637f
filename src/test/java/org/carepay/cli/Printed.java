package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a command printed to the terminal, once it ended with the exit code expected. */
final class Printed {

    private Printed() {
    }

    static String by(ExitCode expected, String... args) {
        PrintStream terminal = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(CarepayCli.run(args)).as(String.join(" ", args)).isEqualTo(expected);
        } finally {
            System.setOut(terminal);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
