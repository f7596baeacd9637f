package org.carepay.payments.homecare;

import javax.sql.DataSource;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.ledger.CarriedRecoveries;
import org.carepay.ledger.RunLedger;
import org.carepay.payments.LookBack;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunRefused;
import org.carepay.payments.RunValuations;
import org.carepay.reference.Valuations;
import org.carepay.scaleout.Parts;
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
 * The homecare payment run (R1, R2, R7, R8): it records its inputs; rates the week's returns in parts, each
 * part a chunk step of its own, a return per chunk, on threads or on workers ({@link Parts}); works out R7's
 * adjustments; then writes the run's files and marks it PROPOSED. Its identifying parameter is the run id,
 * so a failed run is restarted as itself (only the parts that did not complete, from their last return) and
 * a new proposal of the week is a new run.
 */
@Configuration(proxyBeanMethods = false)
public class HomecareRunJobConfiguration {

    public static final String JOB_NAME = "homecareRun";

    @Bean
    Job homecareRunJob(JobRepository jobRepository, Step startRating, Step rateReturnsInParts, Step lookBackStep,
                       Step writeRunFiles) {
        return new JobBuilder(JOB_NAME, jobRepository).start(startRating).next(rateReturnsInParts).next(lookBackStep)
                .next(writeRunFiles).build();
    }

    @Bean
    Step startRating(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     StartRatingTasklet startRatingTasklet) {
        return new StepBuilder("startRating", jobRepository).tasklet(startRatingTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    StartRatingTasklet startRatingTasklet(@Value("#{jobParameters['run_id']}") String runId, PaymentRuns runs,
                                          RunLedger ledger, Valuations valuations, ReturnVisits visits) {
        return new StartRatingTasklet(runId, runs, ledger, valuations, visits);
    }

    @Bean
    Step rateReturnsInParts(JobRepository jobRepository, Parts parts, Step rateReturns,
                            ReturnPartitioner returnPartitioner, RatingProgress progress) {
        return new StepBuilder("rateReturnsInParts", jobRepository).partitioner(rateReturns.getName(), returnPartitioner)
                .partitionHandler(parts.handler(rateReturns)).listener(progress).build();
    }

    @Bean
    @StepScope
    ReturnPartitioner returnPartitioner(@Value("#{jobParameters['run_id']}") String runId, PaymentRuns runs,
                                        RunLedger ledger, ReturnVisits visits) throws RunRefused {
        return new ReturnPartitioner(runId, runs.get(runId).weekStart(), ledger, visits);
    }

    /** A part of the rating: a return per chunk, so that a part restarts after its last written return. */
    @Bean
    Step rateReturns(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     PartReturns partReturns, ReturnRater returnRater,
                     ReturnRowsWriter returnRowsWriter) {
        return new StepBuilder("rateReturns", jobRepository).<ReturnFile, ReturnRows>chunk(1)
                .transactionManager(transactionManager).reader(partReturns).processor(returnRater)
                .writer(returnRowsWriter).build();
    }

    @Bean
    @StepScope
    PartReturns partReturns(@Value("#{jobParameters['run_id']}") String runId,
                            @Value("#{stepExecutionContext['" + ReturnPartitioner.RETURNS + "']}") String returns,
                            PaymentRuns runs, ReturnVisits visits) throws RunRefused {
        return new PartReturns(runs.get(runId).weekStart(), returns, visits);
    }

    @Bean
    @StepScope
    ReturnRater returnRater(@Value("#{jobParameters['run_id']}") String runId, PaymentRuns runs,
                            RunValuations valuations, ReturnVisits visits) throws RunRefused {
        return new ReturnRater(runId, runs.get(runId).weekStart(), valuations, visits);
    }

    @Bean
    @StepScope
    ReturnRowsWriter returnRowsWriter(@Value("#{jobParameters['run_id']}") String runId, JdbcTemplate jdbc,
                                      DataSource dataSource, RatingProgress progress) {
        return new ReturnRowsWriter(runId, jdbc, dataSource, progress);
    }

    @Bean
    Step lookBackStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                  LookBackTasklet lookBackTasklet) {
        return new StepBuilder("lookBack", jobRepository).tasklet(lookBackTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    LookBackTasklet lookBackTasklet(@Value("#{jobParameters['run_id']}") String runId, PaymentRuns runs,
                                    RunLedger ledger, RunValuations valuations, ReturnVisits visits, LookBack lookBack,
                                    CarriedRecoveries recoveries, DataSource dataSource) {
        return new LookBackTasklet(runId, runs, ledger, valuations, visits, lookBack, recoveries, dataSource);
    }
}
