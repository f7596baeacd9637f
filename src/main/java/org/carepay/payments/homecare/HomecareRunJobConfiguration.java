package org.carepay.payments.homecare;

import javax.sql.DataSource;

import org.carepay.CarepayProperties;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunFiles;
import org.carepay.payments.RunReview;
import org.carepay.payments.WriteRunFilesTasklet;
import org.carepay.reference.ReferenceSnapshots;
import org.carepay.rules.HomecarePolicy;
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
 * The homecare payment run (R1, R2, R8): rate the week's visits into the run's ledger rows, then
 * write the run's files and mark it PROPOSED. Its identifying parameter is the run id, so a failed
 * run is restarted as itself and a new proposal of the week is a new run.
 */
@Configuration(proxyBeanMethods = false)
public class HomecareRunJobConfiguration {

    public static final String JOB_NAME = "homecareRun";
    public static final String RUN_ID = "run_id";

    @Bean
    Job homecareRunJob(JobRepository jobRepository, Step rateVisits, Step writeHomecareRunFiles) {
        return new JobBuilder(JOB_NAME, jobRepository).start(rateVisits).next(writeHomecareRunFiles).build();
    }

    @Bean
    Step rateVisits(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    RateVisitsTasklet rateVisitsTasklet) {
        return new StepBuilder("rateVisits", jobRepository).tasklet(rateVisitsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    RateVisitsTasklet rateVisitsTasklet(@Value("#{jobParameters['run_id']}") String runId, PaymentRuns runs,
                                        HomecareReference reference, CarepayProperties properties, JdbcTemplate jdbc,
                                        DataSource dataSource) {
        CarepayProperties.Homecare homecare = properties.homecare();
        return new RateVisitsTasklet(runId, runs, reference,
                new HomecarePolicy(homecare.toleranceMinutes(), homecare.roundingUnitMinutes()), jdbc, dataSource);
    }

    @Bean
    Step writeHomecareRunFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               WriteRunFilesTasklet writeHomecareRunFilesTasklet) {
        return new StepBuilder("writeRunFiles", jobRepository)
                .tasklet(writeHomecareRunFilesTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    WriteRunFilesTasklet writeHomecareRunFilesTasklet(@Value("#{jobParameters['run_id']}") String runId,
                                                      PaymentRuns runs, RunFiles files, RunReview review,
                                                      ReferenceSnapshots snapshots, JdbcTemplate jdbc,
                                                      CarepayProperties properties) {
        return new WriteRunFilesTasklet(runId, runs, files, review, snapshots, jdbc, properties.out(),
                properties.payments().paymentDaysAfterWeekStart());
    }
}
