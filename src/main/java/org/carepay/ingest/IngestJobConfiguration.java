package org.carepay.ingest;

import org.carepay.cli.Terminal;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.carepay.CarepayProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: scan the inbox, load every new file's lines, publish the files in the ingest
 * order, write the exceptions. Its identifying parameters are the inbox and the time it was asked
 * for, so every {@code carepay ingest} is a new instance and a failed one is restarted as itself.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";
    public static final String INBOX = "inbox";
    public static final String REQUESTED_AT = "requested_at";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step scanInbox, Step loadLines, Step publishFiles,
                  Step writeIngestExceptions) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(scanInbox).next(loadLines).next(publishFiles).next(writeIngestExceptions)
                .build();
    }

    @Bean
    Step scanInbox(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                   ScanInboxTasklet scanInboxTasklet) {
        return new StepBuilder("scanInbox", jobRepository).tasklet(scanInboxTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    ScanInboxTasklet scanInboxTasklet(InboxStore store, IngestIds ingestIds, Terminal terminal,
                                      @Value("#{jobParameters['inbox']}") String inbox) {
        return new ScanInboxTasklet(store, ingestIds, terminal, Path.of(inbox));
    }

    @Bean
    Step loadLines(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                   InboxRecordReader inboxRecordReader, InboxLineWriter inboxLineWriter, LoadProgress loadProgress,
                   CarepayProperties properties) {
        return new StepBuilder("loadLines", jobRepository)
                .<RecordBlock, RecordBlock>chunk(properties.ingest().chunkBlocks())
                .transactionManager(transactionManager)
                .reader(inboxRecordReader)
                .writer(inboxLineWriter)
                .listener(inboxRecordReader)
                .listener((ChunkListener<RecordBlock, RecordBlock>) loadProgress)
                .listener((StepExecutionListener) loadProgress)
                .build();
    }

    /**
     * The step opens and closes the reader (ItemStream); no destroy method is inferred from its close(). A stop
     * asked for in this JVM (the scheduler's SIGTERM) releases the step's scope in the stopping thread, which
     * would run it under the running step: its parser interrupted, the step waiting for it forever.
     */
    @Bean(destroyMethod = "")
    @StepScope
    InboxRecordReader inboxRecordReader(InboxStore store, IngestIds ingestIds,
                                        @Value("#{jobParameters['inbox']}") String inbox) {
        return new InboxRecordReader(store, ingestIds, Path.of(inbox));
    }

    @Bean
    InboxLineWriter inboxLineWriter(DataSource dataSource, InboxStore store) {
        return new InboxLineWriter(dataSource, store);
    }

    @Bean
    Step publishFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      InboxStore store, IngestIds ingestIds, ReferencePublisher references, ReturnPublisher returns,
                      JdbcTemplate jdbc, CarepayProperties properties) {
        return new StepBuilder("publishFiles", jobRepository)
                .tasklet(new PublishFilesTasklet(store, ingestIds, references, returns, jdbc,
                        properties.ingest().filesPerCommit()), transactionManager)
                .build();
    }

    @Bean
    Step writeIngestExceptions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               JdbcTemplate jdbc, IngestIds ingestIds, CarepayProperties properties) {
        return new StepBuilder("writeIngestExceptions", jobRepository)
                .tasklet(new WriteIngestExceptionsTasklet(jdbc, ingestIds, properties.out()), transactionManager)
                .build();
    }
}
