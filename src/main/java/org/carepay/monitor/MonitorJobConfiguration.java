package org.carepay.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.carepay.CarepayProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code carepay monitor date=D}: R10's budget monitoring, projected outturn, income and care-plan delivery, from
 * released runs only, written to out/monitor/D/ (each file whole: a rerun writes the same bytes until a run is
 * released or a snapshot taken in between).
 */
@Configuration(proxyBeanMethods = false)
public class MonitorJobConfiguration {

    public static final String JOB_NAME = "monitor";
    public static final String DATE = "date";
    public static final String REQUESTED_AT = "requested_at";

    @Bean
    Job monitorJob(JobRepository jobRepository, Step writeMonitor) {
        return new JobBuilder(JOB_NAME, jobRepository).start(writeMonitor).build();
    }

    @Bean
    Step writeMonitor(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      Tasklet writeMonitorTasklet) {
        return new StepBuilder("writeMonitor", jobRepository).tasklet(writeMonitorTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet writeMonitorTasklet(@Value("#{jobParameters['date']}") String date, BudgetMonitor monitor,
                                CarepayProperties properties) {
        return (contribution, chunkContext) -> {
            LocalDate day = LocalDate.parse(date);
            write(folder(properties.out(), day), monitor.report(day), properties.council().name());
            return RepeatStatus.FINISHED;
        };
    }

    /** out/monitor/DATE/. */
    public static Path folder(Path out, LocalDate day) {
        return out.resolve("monitor").resolve(day.toString());
    }

    private static void write(Path folder, MonitorReport report, String council) throws IOException {
        MonitorFiles.write(folder, report);
        MonitorPage.write(folder, report, council);
    }
}
