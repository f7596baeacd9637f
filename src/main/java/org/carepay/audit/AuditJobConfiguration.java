package org.carepay.audit;

import java.util.List;

import org.carepay.CarepayProperties;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code carepay audit}: one step per check, each keeping its findings (a restart runs only the checks that
 * did not complete), then the step that writes out/audit/EXECUTION_ID/audit.csv and audit.html.
 */
@Configuration(proxyBeanMethods = false)
public class AuditJobConfiguration {

    public static final String JOB_NAME = "audit";
    public static final String REQUESTED_AT = "requested_at";

    @Bean
    Job auditJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, List<AuditCheck> checks,
                 AuditedRuns runs, AuditFindings findings, CarepayProperties properties) {
        SimpleJobBuilder job = null;
        for (AuditCheck check : checks) {
            Step step = new StepBuilder(check.name(), jobRepository)
                    .tasklet(new CheckTasklet(check, runs, findings), transactionManager).build();
            job = job == null ? new JobBuilder(JOB_NAME, jobRepository).start(step) : job.next(step);
        }
        Step report = new StepBuilder("writeAuditReport", jobRepository)
                .tasklet(new WriteAuditReportTasklet(checks, findings, properties.out()), transactionManager).build();
        return job.next(report).build();
    }
}
