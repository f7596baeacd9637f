package org.carepay.cli;

import java.util.List;

import org.carepay.audit.AuditJobConfiguration;
import org.carepay.ingest.IngestJobConfiguration;
import org.carepay.ingest.IngestSummary;
import org.carepay.payments.PaymentRunConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** How a job execution ended, told to the operator, with what to do next when it did not complete. */
@Component
class ExecutionReport {

    private final IngestSummary ingestSummary;
    private final RunDigests runDigests;
    private final AuditSummary auditSummary;
    private final Terminal terminal;

    ExecutionReport(IngestSummary ingestSummary, RunDigests runDigests, AuditSummary auditSummary, Terminal terminal) {
        this.ingestSummary = ingestSummary;
        this.runDigests = runDigests;
        this.auditSummary = auditSummary;
        this.terminal = terminal;
    }

    ExitCode print(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            String job = execution.getJobInstance().getJobName();
            if (job.equals(AuditJobConfiguration.JOB_NAME)) {
                return auditSummary.print(execution);
            }
            if (job.equals(IngestJobConfiguration.JOB_NAME)) {
                ingestSummary.lines(execution).forEach(terminal::say);
            } else if (execution.getJobParameters().getString(PaymentRunConfiguration.RUN_ID) != null) {
                runDigests.lines(execution.getJobParameters().getString(PaymentRunConfiguration.RUN_ID))
                        .forEach(terminal::say);
            }
            return ExitCode.DONE;
        }
        StepExecution failed = execution.getStepExecutions().stream()
                .filter(step -> step.getStatus() != BatchStatus.COMPLETED).findFirst().orElse(null);
        String where = failed == null ? "" : " in step " + failed.getStepName();
        terminal.say(execution.getJobInstance().getJobName() + " execution " + execution.getId() + " "
                + execution.getStatus() + where + ": " + reason(execution));
        String next = execution.getStatus() == BatchStatus.STOPPED ? "carry on with" : "fix the cause, then run";
        String kept = execution.getJobInstance().getJobName().equals(IngestJobConfiguration.JOB_NAME)
                ? "nothing of an unfinished file is taken in" : "nothing of an unfinished step is kept";
        terminal.say("  " + kept + "; " + next + ": carepay restart execution=" + execution.getId());
        return ExitCode.FAILED;
    }

    private static String reason(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return execution.getStatus() == BatchStatus.STOPPED ? "stopped on request" : "no reason recorded";
        }
        Throwable cause = failures.get(0);
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
