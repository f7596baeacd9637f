package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.Test;

/**
 * sample-data's second week, as its README runs it: week 2026-11-16 released, then `sample-data/week2/`
 * with late news taken in and the cycle of week 2026-11-23, then the next period's bill; every file against
 * golden files checked by hand (golden/sample-data/week2/HOW-WORKED-OUT.md).
 */
class SampleWeekTwoTest extends CliTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-data/week2");

    @Test
    void theSecondWeekCorrectsTheFirst() throws IOException {
        run("cycle", "week=2026-11-16");
        run("billing-run", "period=2026-11-16", "by=ann");
        for (String runId : List.of("HC-2026-11-16-1", "SP-2026-11-16-1", "BL-2026-11-16-1")) {
            run("approve", "run=" + runId, "by=bob");
            run("release", "run=" + runId);
        }
        configuration.with("carepay.inbox", Path.of("sample-data/week2").toAbsolutePath().toString()).set();
        run("cycle", "week=2026-11-23");
        run("billing-run", "period=2026-12-14", "by=ann");

        assertSameFiles("payments", "HC-2026-11-23-1");
        assertSameFiles("payments", "SP-2026-11-23-1");
        assertSameFiles("billing", "BL-2026-12-14-1");
    }

    /** Every golden file of the run, byte for byte (the run may write more: summaries, statements). */
    private void assertSameFiles(String kind, String runId) throws IOException {
        Path golden = GOLDEN.resolve(runId);
        try (Stream<Path> files = Files.walk(golden)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path written = dir.resolve("out").resolve(kind).resolve(runId).resolve(golden.relativize(file));
                assertThat(written).as(runId + "/" + golden.relativize(file)).hasSameBinaryContentAs(file);
            }
        }
    }

    private static void run(String... args) {
        assertThat(CarepayCli.run(args)).as(String.join(" ", args)).isEqualTo(ExitCode.DONE);
    }
}
