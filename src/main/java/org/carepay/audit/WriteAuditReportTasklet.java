package org.carepay.audit;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The audit's last step: audit.csv and audit.html in out/audit/EXECUTION_ID/, from the findings of its checks. */
final class WriteAuditReportTasklet implements Tasklet {

    private final List<AuditCheck> checks;
    private final AuditFindings findings;
    private final Path out;

    WriteAuditReportTasklet(List<AuditCheck> checks, AuditFindings findings, Path out) {
        this.checks = checks;
        this.findings = findings;
        this.out = out;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long execution = chunkContext.getStepContext().getStepExecution().getJobExecution().getId();
        List<Finding> found = findings.of(CheckTasklet.audit(chunkContext), checks.stream().map(AuditCheck::name).toList());
        AuditReport.write(folder(out, execution), execution, checks, found);
        return RepeatStatus.FINISHED;
    }

    public static Path folder(Path out, long execution) {
        return out.resolve("audit").resolve(Long.toString(execution));
    }
}
