package org.carepay.db;

import java.io.IOException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.carepay.CarepayProperties;
import org.carepay.cli.Command;
import org.carepay.cli.CommandName;
import org.carepay.cli.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one database: the server CAREPAY_DB_URL names, or else the embedded one in var/pg. Flyway
 * then migrates it (Spring Batch's tables included) before anything else touches it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final long LOCAL_CONNECTION_TIMEOUT_MS = 2_000;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(CarepayProperties properties, ObjectProvider<Command> command, Terminal terminal)
            throws IOException {
        CarepayProperties.Db db = properties.db();
        HikariConfig config = new HikariConfig();
        config.setPoolName("carepay");
        config.setMaximumPoolSize(4);
        if (db.embedded()) {
            LocalPostgres server = LocalPostgres.open(db.dir(), access(command.getIfAvailable()), terminal::say);
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername("postgres");
            // A server on this machine answers at once or has died: a job whose server died fails in seconds, not
            // after Hikari's 30 s for every write of the failure's record (found by scripts/crash-test).
            config.setConnectionTimeout(LOCAL_CONNECTION_TIMEOUT_MS);
            return new ClosingServerDataSource(config, server);
        }
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setPassword(db.password());
        return new HikariDataSource(config);
    }

    private static LocalPostgres.Access access(Command command) {
        if (command == null) {
            return LocalPostgres.Access.OWN;
        }
        return command.name() == CommandName.SCHEDULER ? LocalPostgres.Access.SERVE
                : command.name().readOnly() ? LocalPostgres.Access.SHARE : LocalPostgres.Access.OWN;
    }

    /**
     * Whether this command is alone on the embedded database (false with CAREPAY_DB_URL: nobody can tell; false
     * for the scheduler, which serves it to others).
     */
    @Bean
    DatabaseOwnership databaseOwnership(HikariDataSource dataSource) {
        return new DatabaseOwnership(dataSource instanceof ClosingServerDataSource embedded
                && embedded.server.exclusive());
    }

    /** A pool that stops the embedded server after its last connection is closed. */
    private static final class ClosingServerDataSource extends HikariDataSource {
        private final LocalPostgres server;

        ClosingServerDataSource(HikariConfig config, LocalPostgres server) {
            super(config);
            this.server = server;
        }

        @Override
        public void close() {
            super.close();
            try {
                server.close();
            } catch (IOException e) {
                throw new IllegalStateException("cannot stop the embedded database", e);
            }
        }
    }
}
