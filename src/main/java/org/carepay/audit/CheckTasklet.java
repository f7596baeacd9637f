package org.carepay.audit;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** A step of the audit: runs one check over the released runs and keeps what it found under the audit. */
final class CheckTasklet implements Tasklet {

    private final AuditCheck check;
    private final AuditedRuns runs;
    private final AuditFindings findings;

    CheckTasklet(AuditCheck check, AuditedRuns runs, AuditFindings findings) {
        this.check = check;
        this.runs = runs;
        this.findings = findings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Findings found = new Findings(check.name());
        check.check(runs.released(), found);
        findings.record(audit(chunkContext), check.name(), found.all());
        contribution.incrementWriteCount(found.all().size());
        return RepeatStatus.FINISHED;
    }

    /** An audit is its job instance: a restart carries on with the findings of the checks that completed. */
    static long audit(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
    }
}
