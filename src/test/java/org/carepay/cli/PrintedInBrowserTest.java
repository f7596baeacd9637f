package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carepay.support.CliTest;
import org.carepay.support.PrintedPdf;
import org.junit.jupiter.api.Test;

/**
 * Issues #12 and #14: a remittance, a statement and the budget monitoring as a real browser shows and prints them
 * (Debian's Chromium, headless, which .ci/run installs): a screenshot of each in target/screenshots/ for people to
 * look at, and each printed to PDF from the browser, whose pages must be A4 with nothing beyond their edges.
 */
class PrintedInBrowserTest extends CliTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Test
    void aRemittanceAStatementAndTheMonitoringFitA4InABrowser() throws Exception {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium; .ci/run installs it)").isExecutable();
        assertThat(CarepayCli.run("ingest")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("scheduled-run", "week=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("billing-run", "period=2026-11-16", "by=ann")).isEqualTo(ExitCode.DONE);
        assertThat(CarepayCli.run("monitor", "date=2026-11-30")).isEqualTo(ExitCode.DONE); // nothing released yet
        Files.createDirectories(SCREENSHOTS);

        for (Path page : List.of(dir.resolve("out/payments/SP-2026-11-16-1/remittances/P04.html"),
                dir.resolve("out/billing/BL-2026-11-16-1/statements/C1002.html"),
                dir.resolve("out/monitor/2026-11-30/monitor.html"))) {
            String name = page.getParent().getFileName() + "-" + page.getFileName().toString().replace(".html", "");
            Path png = dir.resolve(name + ".png");
            Path pdf = dir.resolve(name + ".pdf");
            chromium("--screenshot=" + png, "--window-size=900,1300", page.toUri().toString());
            chromium("--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
            assertThat(Files.size(png)).as(png.toString()).isGreaterThan(10_000);
            assertThat(PrintedPdf.overflowing(pdf)).as(name).isEmpty();
            assertThat(PrintedPdf.text(pdf)).contains("Castlemere Borough Council");
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }

        // The check can fail: a name too long to break makes the page wider than A4, and the browser shrinks it.
        Path statement = dir.resolve("out/billing/BL-2026-11-16-1/statements/C1002.html");
        Path wide = dir.resolve("wide.html");
        Files.writeString(wide, Files.readString(statement).replace("Estate of Harold Bexley", "Estate" + "X".repeat(300)));
        chromium("--print-to-pdf=" + dir.resolve("wide.pdf"), "--no-pdf-header-footer", wide.toUri().toString());
        assertThat(PrintedPdf.overflowing(dir.resolve("wide.pdf"))).isNotEmpty();
    }

    private void chromium(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("chromium")));
        command.addAll(List.of(arguments));
        Process chromium = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).as("chromium ended within a minute").isTrue();
        assertThat(chromium.exitValue()).as(Files.readString(dir.resolve("chromium.log"))).isZero();
    }
}
