package org.carepay.audit;

import java.nio.file.Path;
import java.util.List;

import org.carepay.CarepayProperties;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/** What a completed audit found, and where its files are. */
@Component
public class AuditOutcome {

    private final AuditFindings findings;
    private final List<String> checks;
    private final Path out;

    AuditOutcome(AuditFindings findings, List<AuditCheck> checks, CarepayProperties properties) {
        this.findings = findings;
        this.checks = checks.stream().map(AuditCheck::name).toList();
        this.out = properties.out();
    }

    public List<Finding> of(JobExecution execution) {
        return findings.of(execution.getJobInstance().getInstanceId(), checks);
    }

    public Path folder(JobExecution execution) {
        return WriteAuditReportTasklet.folder(out, execution.getId());
    }
}
