package org.carepay.payments.scheduled;

import javax.sql.DataSource;

import org.carepay.cli.Terminal;
import org.carepay.ledger.CarriedRecoveries;
import org.carepay.ledger.ManagedAccounts;
import org.carepay.ledger.RunLedger;
import org.carepay.payments.LookBack;
import org.carepay.payments.PaymentRuns;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scheduled payment run (R3, R4, R5, R8): everything the council pays for the week that is not a
 * homecare visit, into the same run ledger and files as the homecare run.
 */
@Configuration(proxyBeanMethods = false)
public class ScheduledRunJobConfiguration {

    public static final String JOB_NAME = "scheduledRun";

    @Bean
    Job scheduledRunJob(JobRepository jobRepository, Step rateScheduled, Step writeRunFiles) {
        return new JobBuilder(JOB_NAME, jobRepository).start(rateScheduled).next(writeRunFiles).build();
    }

    @Bean
    Step rateScheduled(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       RateScheduledTasklet rateScheduledTasklet) {
        return new StepBuilder("rateScheduled", jobRepository).tasklet(rateScheduledTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    RateScheduledTasklet rateScheduledTasklet(@Value("#{jobParameters['run_id']}") String runId, PaymentRuns runs,
                                              RunLedger ledger, ScheduledReference reference, LookBack lookBack,
                                              CarriedRecoveries recoveries, ManagedAccounts accounts,
                                              JdbcTemplate jdbc, DataSource dataSource, Terminal terminal) {
        return new RateScheduledTasklet(runId, runs, ledger, reference, lookBack, recoveries, accounts, jdbc,
                dataSource, terminal);
    }
}
