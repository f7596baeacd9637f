package org.carepay.payments.homecare;

import javax.sql.DataSource;

import org.carepay.cli.Terminal;
import org.carepay.ingest.ReturnVisits;
import org.carepay.ledger.CarriedRecoveries;
import org.carepay.ledger.RunLedger;
import org.carepay.payments.LookBack;
import org.carepay.payments.PaymentRuns;
import org.carepay.reference.Valuations;
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

    @Bean
    Job homecareRunJob(JobRepository jobRepository, Step rateVisits, Step writeRunFiles) {
        return new JobBuilder(JOB_NAME, jobRepository).start(rateVisits).next(writeRunFiles).build();
    }

    @Bean
    Step rateVisits(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    RateVisitsTasklet rateVisitsTasklet) {
        return new StepBuilder("rateVisits", jobRepository).tasklet(rateVisitsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    RateVisitsTasklet rateVisitsTasklet(@Value("#{jobParameters['run_id']}") String runId, PaymentRuns runs,
                                        RunLedger ledger, Valuations valuations, ReturnVisits visits,
                                        LookBack lookBack, CarriedRecoveries recoveries, JdbcTemplate jdbc,
                                        DataSource dataSource, Terminal terminal) {
        return new RateVisitsTasklet(runId, runs, ledger, valuations, visits, lookBack, recoveries, jdbc, dataSource,
                terminal);
    }
}
