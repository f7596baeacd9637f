package org.carepay.billing;

import javax.sql.DataSource;

import org.carepay.cli.Terminal;
import org.carepay.ingest.ReturnVisits;
import org.carepay.ledger.ReferenceChanges;
import org.carepay.ledger.RatedReturns;
import org.carepay.ledger.ReleasedCharges;
import org.carepay.ledger.RunLedger;
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

/** The billing run (R6): rate the period's charges into the run's ledger, then write its files. */
@Configuration(proxyBeanMethods = false)
public class BillingRunJobConfiguration {

    public static final String JOB_NAME = "billingRun";

    @Bean
    Job billingRunJob(JobRepository jobRepository, Step rateCharges, Step writeBillingFiles) {
        return new JobBuilder(JOB_NAME, jobRepository).start(rateCharges).next(writeBillingFiles).build();
    }

    @Bean
    Step rateCharges(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     RateChargesTasklet rateChargesTasklet) {
        return new StepBuilder("rateCharges", jobRepository).tasklet(rateChargesTasklet, transactionManager).build();
    }

    @Bean
    Step writeBillingFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           WriteBillingFilesTasklet writeBillingFilesTasklet) {
        return new StepBuilder("writeBillingFiles", jobRepository)
                .tasklet(writeBillingFilesTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    RateChargesTasklet rateChargesTasklet(@Value("#{jobParameters['run_id']}") String runId, PaymentRuns runs,
                                          RunLedger ledger, BillingReference reference, ReturnVisits visits,
                                          ReleasedCharges releasedCharges, ReferenceChanges referenceChanges,
                                          RatedReturns ratedReturns, JdbcTemplate jdbc, DataSource dataSource,
                                          Terminal terminal) {
        return new RateChargesTasklet(runId, runs, ledger, reference, visits, releasedCharges, referenceChanges,
                ratedReturns, jdbc, dataSource, terminal);
    }

    @Bean
    @StepScope
    WriteBillingFilesTasklet writeBillingFilesTasklet(@Value("#{jobParameters['run_id']}") String runId,
                                                      PaymentRuns runs, BillingFiles files) {
        return new WriteBillingFilesTasklet(runId, runs, files);
    }
}
