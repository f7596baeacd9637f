package org.carepay.scaleout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker's hold on the part it does: a PostgreSQL session lock, keyed by the part's step execution, on a
 * connection of the worker's own. PostgreSQL frees it the moment the worker's process or connection dies, so
 * a part whose execution still says STARTED while nobody holds its lock has lost its worker.
 */
final class PartLocks {

    private static final String KEY = "hashtext('carepay.part'), ?";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    PartLocks(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Holds the part's lock until closed, waiting for it if another process has it for a moment. */
    Held hold(long stepExecutionId) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            call(connection, "pg_advisory_lock", stepExecutionId);
            return () -> {
                try (connection) {
                    call(connection, "pg_advisory_unlock", stepExecutionId);
                }
            };
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** If no worker holds the part's lock: holding it meanwhile, so that no worker takes the part up. */
    void ifUnheld(long stepExecutionId, LongConsumer action) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if ("true".equals(call(connection, "pg_try_advisory_lock", stepExecutionId))) {
                try {
                    action.accept(stepExecutionId);
                } finally {
                    call(connection, "pg_advisory_unlock", stepExecutionId);
                }
            }
            return null;
        });
    }

    /** Calls one of PostgreSQL's advisory lock functions on the part's key; what it returns as text. */
    private static String call(Connection connection, String function, long stepExecutionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(" + KEY + ")::text")) {
            statement.setInt(1, (int) stepExecutionId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    /** A held lock: closing it frees it. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }
}
