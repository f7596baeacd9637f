package org.carepay.accounts;

import java.time.LocalDate;

import org.carepay.CarepayProperties;
import org.carepay.ledger.ManagedAccounts;
import org.carepay.reference.CurrentReference;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code carepay accounts date=D}: the ISF and DP managed-account monitoring of R9. */
@Configuration(proxyBeanMethods = false)
public class AccountsJobConfiguration {

    public static final String JOB_NAME = "accounts";
    public static final String DATE = "date";
    public static final String REQUESTED_AT = "requested_at";

    @Bean
    Job accountsJob(JobRepository jobRepository, Step writeAccounts) {
        return new JobBuilder(JOB_NAME, jobRepository).start(writeAccounts).build();
    }

    @Bean
    Step writeAccounts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       WriteAccountsTasklet writeAccountsTasklet) {
        return new StepBuilder("writeAccounts", jobRepository).tasklet(writeAccountsTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    WriteAccountsTasklet writeAccountsTasklet(@Value("#{jobParameters['date']}") String date,
                                              ManagedAccounts accounts, CurrentReference reference,
                                              CarepayProperties properties) {
        return new WriteAccountsTasklet(LocalDate.parse(date), accounts, reference, properties.out(),
                properties.accounts().surplusWeeks());
    }
}
