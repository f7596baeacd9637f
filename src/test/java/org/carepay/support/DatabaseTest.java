package org.carepay.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot test against the real PostgreSQL of {@link TestDatabase}, emptied before each test
 * (every table but Flyway's history), with outputs under target/test-out, emptied too.
 */
@SpringBootTest
public abstract class DatabaseTest {

    protected static final Path OUT = Path.of("target", "test-out").toAbsolutePath();
    private static final AtomicLong INGESTS = new AtomicLong();

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected JobOperator jobOperator;

    @Autowired
    private Job ingestJob;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("carepay.db.url", TestDatabase::jdbcUrl);
        registry.add("carepay.db.user", () -> "postgres");
        registry.add("carepay.out", OUT::toString);
    }

    /** Run ids and ingest ids start again in an empty database, so their output folders must go too. */
    @BeforeEach
    void emptyOutputs() throws IOException {
        if (Files.exists(OUT)) {
            try (Stream<Path> paths = Files.walk(OUT)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @BeforeEach
    protected void emptyDatabase() {
        List<String> tables = jdbc.queryForList("""
                select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'""",
                String.class);
        jdbc.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
    }

    /** Takes in sample-data's inbox, as {@code carepay ingest} would. */
    protected void ingestSampleData() throws Exception {
        ingest(SampleInbox.PATH);
    }

    /** Takes in an inbox, as {@code carepay ingest} would; each call is an ingest of its own. */
    protected void ingest(Path inbox) throws Exception {
        JobExecution ingest = jobOperator.start(ingestJob, new JobParametersBuilder()
                .addString("inbox", inbox.toAbsolutePath().toString())
                .addString("requested_at", Instant.now() + "#" + INGESTS.incrementAndGet()).toJobParameters());
        assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }
}
