package org.carepay.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A query's rows as a CSV file made by PostgreSQL itself (COPY ... TO STDOUT in CSV with a header: RFC
 * 4180 quoting only where needed, LF), written atomically, so a million rows stream straight into the file.
 * The query makes the text Excel-safe (excel_safe()) and formats dates and amounts.
 */
@Component
public class CopyCsv {

    private final JdbcTemplate jdbc;

    public CopyCsv(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(Path target, String select) throws IOException {
        AtomicFile.write(target, out -> jdbc.execute((ConnectionCallback<Long>) connection -> copyOut(connection,
                "copy (" + select + ") to stdout with (format csv, header)", out)));
    }

    /** A text value as an SQL literal, for the queries written here (COPY takes no parameters). */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static long copyOut(Connection connection, String copy, OutputStream out) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
