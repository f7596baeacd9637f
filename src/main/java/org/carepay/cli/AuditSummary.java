package org.carepay.cli;

import java.nio.file.Path;
import java.util.List;

import org.carepay.audit.AuditOutcome;
import org.carepay.audit.AuditReport;
import org.carepay.audit.Finding;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/** A completed audit told to the operator: the summary, each failure, where the files are; exit 1 on a failure. */
@Component
class AuditSummary {

    /** More failures than this are counted on the terminal; audit.csv has them all. */
    private static final int SHOWN = 40;

    private final AuditOutcome outcome;
    private final Terminal terminal;

    AuditSummary(AuditOutcome outcome, Terminal terminal) {
        this.outcome = outcome;
        this.terminal = terminal;
    }

    ExitCode print(JobExecution execution) {
        List<Finding> findings = outcome.of(execution);
        List<Finding> failures = findings.stream().filter(Finding::failed).toList();
        terminal.say("audit: " + AuditReport.summary(findings));
        failures.stream().limit(SHOWN).forEach(failure -> terminal.say("  FAIL " + failure.check() + " "
                + (failure.runId() == null ? "" : failure.runId() + " ")
                + (failure.file() == null ? "" : failure.file() + ": ") + failure.detail()));
        if (failures.size() > SHOWN) {
            terminal.say("  ... and " + (failures.size() - SHOWN) + " more failures in audit.csv");
        }
        Path folder = outcome.folder(execution).toAbsolutePath().normalize();
        terminal.say("audit: " + folder.resolve("audit.csv") + " and audit.html"
                + (failures.isEmpty() ? "" : "; what each failure means: jobs/audit.yml"));
        return failures.isEmpty() ? ExitCode.DONE : ExitCode.FAILED;
    }
}
