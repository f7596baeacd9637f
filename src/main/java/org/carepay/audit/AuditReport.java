package org.carepay.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.carepay.output.AtomicFile;
import org.carepay.output.CsvOutput;
import org.carepay.output.HtmlPage;

/** What an audit found, as audit.csv (one row per finding) and audit.html (the same, check by check, for people). */
public final class AuditReport {

    private static final CsvOutput CSV = new CsvOutput(List.of("check", "status", "run_id", "file", "detail"),
            Set.of("run_id", "file", "detail"));

    private AuditReport() {
    }

    static void write(Path folder, long execution, List<AuditCheck> checks, List<Finding> findings) throws IOException {
        CSV.write(folder.resolve("audit.csv"), findings.stream()
                .map(f -> Arrays.asList(f.check(), f.status().name(), f.runId(), f.file(), f.detail())).toList());
        String html = html(execution, checks, findings);
        AtomicFile.write(folder.resolve("audit.html"), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The summary on the terminal and at the top of the page. */
    public static String summary(List<Finding> findings) {
        long failures = findings.stream().filter(Finding::failed).count();
        long runs = findings.stream().map(Finding::runId).filter(Objects::nonNull).distinct().count();
        return failures == 0 ? "every check holds for the " + runs + " released runs"
                : failures + (failures == 1 ? " failure" : " failures") + " in the " + runs + " released runs";
    }

    private static String html(long execution, List<AuditCheck> checks, List<Finding> findings) {
        HtmlPage page = new HtmlPage("Carepay audit, execution " + execution);
        boolean failed = findings.stream().anyMatch(Finding::failed);
        page.text("The audit " + (failed ? "fails: " : "passes: ") + summary(findings) + ".", failed ? "fail" : "pass");
        page.text("What each failure means and what to do: jobs/audit.yml and docs/audit.md.");
        page.table("Check", "PASS", "FAIL", "What it checks");
        for (AuditCheck check : checks) {
            List<Finding> ofCheck = findings.stream().filter(f -> f.check().equals(check.name())).toList();
            long failures = ofCheck.stream().filter(Finding::failed).count();
            page.row(failures == 0 ? null : "fail", check.name(), ofCheck.size() - failures, failures, check.purpose());
        }
        for (AuditCheck check : checks) {
            List<Finding> ofCheck = findings.stream().filter(f -> f.check().equals(check.name())).toList();
            long failures = ofCheck.stream().filter(Finding::failed).count();
            page.heading(check.name() + ": " + (failures == 0 ? "PASS" : failures + " FAIL"));
            page.text(check.purpose());
            page.table("Status", "Run", "File", "Detail");
            for (Finding finding : ofCheck.stream().sorted((a, b) -> Boolean.compare(b.failed(), a.failed())).toList()) {
                page.row(finding.failed() ? "fail" : null, finding.status().name(), finding.runId(), finding.file(),
                        finding.detail());
            }
        }
        return page.html();
    }
}
