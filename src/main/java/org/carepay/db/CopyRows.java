package org.carepay.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows of one table gathered as COPY text and written with one COPY: a run's ledger of a million rows is
 * never a million inserts. A value is written as its {@code toString()}, null as NULL.
 */
public final class CopyRows {

    private final String copy;
    private final StringBuilder text = new StringBuilder();

    /** @param table the table and its columns, e.g. {@code charge_line (run_id, client_id)} */
    public CopyRows(String table) {
        this.copy = "copy " + table + " from stdin";
    }

    public void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                text.append("\\N");
                continue;
            }
            String s = value.toString();
            if (plain(s)) {
                text.append(s); // almost every value: appended whole, not a character at a time
                continue;
            }
            for (int c = 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        }
        text.append('\n');
    }

    private static boolean plain(String value) {
        for (int c = 0; c < value.length(); c++) {
            char ch = value.charAt(c);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Writes what was gathered and starts again empty. */
    public void flush(Connection connection) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
        text.setLength(0);
    }
}
