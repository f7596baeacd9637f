package org.carepay.payments;

import org.carepay.CarepayProperties;
import org.carepay.ledger.RunProviders;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The step every payment run ends with, whatever its kind: one way for a run to become files. */
@Configuration(proxyBeanMethods = false)
public class PaymentRunConfiguration {

    /** The identifying job parameter of every payment-run job. */
    public static final String RUN_ID = "run_id";

    @Bean
    Step writeRunFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       WriteRunFilesTasklet writeRunFilesTasklet) {
        return new StepBuilder("writeRunFiles", jobRepository).tasklet(writeRunFilesTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    WriteRunFilesTasklet writeRunFilesTasklet(@Value("#{jobParameters['run_id']}") String runId, PaymentRuns runs,
                                              RunFiles files, RunReview review, RunProviders providers,
                                              CarepayProperties properties) {
        return new WriteRunFilesTasklet(runId, runs, files, review, providers, properties.out(),
                properties.payments().paymentDaysAfterWeekStart());
    }
}
