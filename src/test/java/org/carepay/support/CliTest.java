package org.carepay.support;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.carepay.db.LocalPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that drives the command line as an operator would: sample-data's inbox, and the output and
 * embedded database in the test's own folder, with a council bank account for releases.
 */
public abstract class CliTest {

    @TempDir
    protected Path dir;

    protected CliConfiguration configuration;

    @BeforeEach
    void configure() {
        configuration = new CliConfiguration(dir).withBankAccount().set();
    }

    /** A copy of sample-data's inbox in the test's folder, which the test may change, made the inbox. */
    protected Path sampleInboxCopy() throws IOException {
        Path inbox = SampleInbox.copyTo(dir.resolve("inbox"));
        configuration.with("carepay.inbox", inbox.toString()).set();
        return inbox;
    }

    /** Runs a statement on the test's embedded database while no command runs, as a tamperer or a crash would. */
    protected void sql(String statement) throws IOException, SQLException {
        try (LocalPostgres server = LocalPostgres.open(dir.resolve("pg"), LocalPostgres.Access.OWN, waiting -> { });
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    @AfterEach
    void unconfigure() {
        configuration.clear();
    }
}
