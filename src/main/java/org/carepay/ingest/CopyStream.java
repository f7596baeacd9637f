package org.carepay.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.carepay.ingest.format.Column;
import org.carepay.ingest.format.InboxKind;
import org.carepay.ingest.format.Line;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One COPY into a kind's table, in PostgreSQL's text format, sent in pieces of about 64 KB while the
 * lines are still being checked: the server parses and stores on the other core meanwhile.
 */
final class CopyStream {

    private static final int PIECE = 1 << 16;

    private final InboxKind kind;
    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(PIECE + 4096);

    CopyStream(Connection connection, InboxKind kind) throws SQLException {
        this.kind = kind;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql(kind));
    }

    InboxKind kind() {
        return kind;
    }

    void add(InboxFile file, int recordNo, Line line) throws SQLException {
        text.append(file.id()).append('\t');
        if (kind.isReference()) {
            text.append(file.id()).append('\t'); // origin_file_id: the row comes from this snapshot's own file
        }
        text.append(recordNo);
        for (String value : line.values()) {
            text.append('\t');
            field(value);
        }
        text.append('\n');
        if (text.length() >= PIECE) {
            send();
        }
    }

    private void field(String value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private void send() throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    void finish() throws SQLException {
        send();
        copy.endCopy();
    }

    /** Abandons the COPY after a failure; the chunk's transaction is rolled back anyway. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the connection is broken: the rollback that follows reports it
        }
    }

    static String sql(InboxKind kind) {
        List<String> columns = new ArrayList<>();
        columns.add("file_id");
        if (kind.isReference()) {
            columns.add("origin_file_id");
        }
        columns.add("record_no");
        kind.columns().stream().map(Column::name).forEach(columns::add);
        return "copy " + kind.table() + " (" + String.join(", ", columns) + ") from stdin";
    }
}
