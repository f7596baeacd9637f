package org.carepay.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.carepay.support.CarepayJvm;
import org.carepay.support.SampleInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue #13's remote partitioning, on the machine's RabbitMQ (127.0.0.1:5672, guest) and PostgreSQL server
 * (127.0.0.1:5432, trust): a homecare run whose two parts are taken by two {@code carepay worker} processes,
 * one of them killed in the middle of its part. That part ends FAILED and so does the run's job; its restart
 * does that part alone, and the run's files and ledger are byte for byte those of one process rating alone.
 */
class RemotePartsTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String WEEK = "week=2026-11-16";
    private static final String RUN = "HC-2026-11-16-1";
    private static final long WAIT_SECONDS = 120;
    private static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";

    @TempDir
    Path dir;

    private final String queue = "carepay.parts.test." + UUID.randomUUID();
    private final List<String> databases = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final List<SingleConnectionDataSource> dataSources = new ArrayList<>();

    @AfterEach
    void cleanUp() throws SQLException {
        processes.forEach(Process::destroyForcibly);
        dataSources.forEach(SingleConnectionDataSource::destroy);
        CachingConnectionFactory broker = new CachingConnectionFactory(URI.create(BROKER));
        new RabbitAdmin(broker).deleteQueue(queue);
        broker.destroy();
        try (Connection server = DriverManager.getConnection(SERVER + "test", "postgres", "")) {
            for (String database : databases) {
                server.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void aKilledWorkersPartFailsAndItsRestartAloneGivesTheFilesOfOneProcess() throws Exception {
        Map<String, String> alone = council("alone", null);
        done(carepay(alone, "ingest"));
        done(carepay(alone, "homecare-run", WEEK));

        Map<String, String> shared = council("shared", queue);
        done(carepay(shared, "ingest"));
        Command first = worker(shared);
        worker(shared);
        SingleConnectionDataSource database = new SingleConnectionDataSource(shared.get("CAREPAY_DB_URL"), "postgres",
                "", true);
        dataSources.add(database);
        JdbcTemplate repository = new JdbcTemplate(database);
        Command manager;
        try (Connection ledger = DriverManager.getConnection(shared.get("CAREPAY_DB_URL"), "postgres", "")) {
            // Both parts start and then wait to write their first lines, until the lock is let go.
            ledger.setAutoCommit(false);
            ledger.createStatement().execute("lock table payment_line in share mode");
            manager = carepay(shared, "homecare-run", WEEK);
            awaitParts(repository, "STARTED", 2);
            first.process().destroyForcibly().waitFor(); // SIGKILL in the middle of its part
            ledger.commit();
        }
        assertThat(finished(manager)).as(manager.printed()).isEqualTo(1);
        assertThat(parts(repository)).containsExactlyInAnyOrder("COMPLETED", "FAILED");
        String failedPart = repository.queryForObject(
                "select step_name from batch_step_execution where status = 'FAILED' and step_name like 'rateReturns:%'",
                String.class);
        long failed = repository.queryForObject(
                "select job_execution_id from batch_job_execution where status = 'FAILED'", Long.class);
        assertThat(manager.printed()).contains("carepay restart execution=" + failed);

        done(carepay(shared, "restart", "execution=" + failed));
        assertThat(repository.queryForList("""
                select step_name from batch_step_execution where job_execution_id =
                  (select max(job_execution_id) from batch_job_execution) and step_name like 'rateReturns:%'""",
                String.class)).containsExactly(failedPart);
        assertThat(files(shared)).isEqualTo(files(alone)).isNotEmpty();
        assertThat(ledger(shared)).isEqualTo(ledger(alone)).isNotEmpty();
    }

    /** A council of its own: a fresh database on the server, the sample inbox, its out/ and log. */
    private Map<String, String> council(String name, String queue) throws SQLException {
        String database = "carepay_parts_" + name + "_" + ProcessHandle.current().pid();
        try (Connection server = DriverManager.getConnection(SERVER + "test", "postgres", "")) {
            server.createStatement().execute("drop database if exists " + database + " with (force)");
            server.createStatement().execute("create database " + database);
        }
        databases.add(database);
        Map<String, String> settings = new HashMap<>(Map.of("CAREPAY_DB_URL", SERVER + database,
                "CAREPAY_DB_USER", "postgres", "CAREPAY_INBOX", SampleInbox.PATH.toAbsolutePath().toString(),
                "CAREPAY_OUT", dir.resolve(name + "/out").toString(), "CAREPAY_LOG", dir.resolve(name + "/carepay.log")
                        .toString(), "CAREPAY_PARTS", "2"));
        if (queue != null) {
            settings.put("CAREPAY_AMQP_URL", BROKER);
            settings.put("CAREPAY_AMQP_QUEUE", queue);
        }
        return settings;
    }

    private Command carepay(Map<String, String> settings, String... words) throws IOException {
        Path printed = Files.createTempFile(dir, words[0] + "-", ".txt");
        Process process = CarepayJvm.command(settings, List.of(words)).directory(dir.toFile())
                .redirectOutput(printed.toFile()).start();
        processes.add(process);
        return new Command(process, printed);
    }

    /** A worker, once it says it is taking parts. */
    private Command worker(Map<String, String> settings) throws Exception {
        Command worker = carepay(settings, "worker");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!worker.printed().contains("worker: taking parts")) {
            assertThat(worker.process().isAlive()).as("worker: %s", worker.printed()).isTrue();
            assertThat(System.nanoTime()).as("the worker did not start").isLessThan(until);
            Thread.sleep(100);
        }
        return worker;
    }

    private void awaitParts(JdbcTemplate repository, String status, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (parts(repository).stream().filter(status::equals).count() < count) {
            assertThat(System.nanoTime()).as("parts %s: %s", status, parts(repository)).isLessThan(until);
            Thread.sleep(100);
        }
    }

    private static List<String> parts(JdbcTemplate repository) {
        return repository.queryForList("select status from batch_step_execution where step_name like 'rateReturns:%'",
                String.class);
    }

    private static int finished(Command command) throws InterruptedException, IOException {
        assertThat(command.process().waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("did not end: %s", command.printed())
                .isTrue();
        return command.process().exitValue();
    }

    private static void done(Command command) throws InterruptedException, IOException {
        assertThat(finished(command)).as("exit of: %s", command.printed()).isZero();
    }

    /** A command started, and the file of what it printed. */
    private record Command(Process process, Path output) {
        String printed() throws IOException {
            return Files.readString(output, StandardCharsets.UTF_8);
        }
    }

    /** The proposed run's files (no PDF yet: they are printed at release), by path, the clock's times taken out. */
    private static Map<String, String> files(Map<String, String> settings) throws IOException {
        Path folder = Path.of(settings.get("CAREPAY_OUT"), "payments", RUN);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>"));
            }
        }
        return files;
    }

    /** The run's ledger rows, without the ids the database hands out. */
    private static List<String> ledger(Map<String, String> settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.get("CAREPAY_DB_URL"), "postgres", "");
             Statement statement = connection.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (var result = statement.executeQuery("""
                    select (to_jsonb(l) - 'line_id')::text from payment_line l
                    union all select to_jsonb(e)::text from run_exception e
                    order by 1""")) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
