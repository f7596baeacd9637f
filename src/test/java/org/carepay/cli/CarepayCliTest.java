package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.Test;

/**
 * The command line end to end, as an operator runs it: the embedded PostgreSQL in a data folder that
 * is kept between commands, sample-data's inbox, the exit codes of operations.md.
 */
class CarepayCliTest extends CliTest {


    @Test
    void sampleDataIsTakenInOnceAndTheDatabaseIsKeptBetweenCommands() throws Exception {
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        // Checked by hand against the deliberate problems listed in sample-data/README.md.
        assertThat(Files.readString(dir.resolve("out/ingest/1/exceptions.csv")))
                .isEqualTo(Files.readString(Path.of("src/test/resources/golden/sample-data/ingest-exceptions.csv")));

        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        String second = Files.readString(dir.resolve("out/ingest/2/exceptions.csv"));
        assertThat(second.lines().filter(line -> line.contains(",ALREADY_INGESTED,INFO,"))).hasSize(16);
        assertThat(second).contains("\n2,MIXED_RETURN,REFUSED,,,,returns/P03-2026-11-09.csv,,") // rejected again
                .hasLineCount(1 + 17);

        assertThat(CarepayCli.run("status")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("restart", "execution=999")).isEqualTo(ExitCode.BAD_COMMAND);
        assertThat(CarepayCli.run("restart", "execution=1")).isEqualTo(ExitCode.REFUSED);
        assertThat(CarepayCli.run("stop", "execution=1")).isEqualTo(ExitCode.REFUSED);
    }
}
