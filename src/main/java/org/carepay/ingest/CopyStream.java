package org.carepay.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.carepay.ingest.format.Column;
import org.carepay.ingest.format.ColumnType;
import org.carepay.ingest.format.InboxKind;
import org.carepay.ingest.format.Line;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One COPY into a kind's table in PostgreSQL's binary format, sent in pieces of about 64 KB while the
 * lines are still being checked: the server stores on the other core meanwhile, and does not parse
 * dates, times and numbers again (measured in docs/benchmarks.md). Values arrive already checked by
 * LineParser, so their text is known to be well formed.
 */
final class CopyStream {

    private static final int PIECE = 1 << 16;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private final InboxKind kind;
    private final ColumnType[] types;
    private final CopyIn copy;
    private final ByteBuffer buffer = ByteBuffer.allocate(PIECE * 2);

    CopyStream(Connection connection, InboxKind kind) throws SQLException {
        this.kind = kind;
        this.types = kind.columns().stream().map(Column::type).toArray(ColumnType[]::new);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql(kind));
        buffer.put(SIGNATURE).putInt(0).putInt(0);
    }

    InboxKind kind() {
        return kind;
    }

    void add(InboxFile file, int recordNo, Line line) throws SQLException {
        String[] values = line.values();
        boolean reference = kind.isReference();
        buffer.putShort((short) (values.length + (reference ? 3 : 2)));
        buffer.putInt(8).putLong(file.id());
        if (reference) {
            buffer.putInt(8).putLong(file.id()); // origin_file_id: the row comes from this snapshot's own file
        }
        buffer.putInt(4).putInt(recordNo);
        for (int i = 0; i < values.length; i++) {
            field(types[i], values[i]);
        }
        if (buffer.position() >= PIECE) {
            send();
        }
    }

    private void field(ColumnType type, String value) throws SQLException {
        if (value == null) {
            buffer.putInt(-1);
            return;
        }
        switch (type) {
            case DATE -> buffer.putInt(4).putInt((int) (epochDay(value) - POSTGRES_EPOCH_DAY));
            case TIME -> buffer.putInt(8).putLong(minutesOfDay(value) * 60_000_000L);
            case INTEGER -> buffer.putInt(4).putInt(Integer.parseInt(value));
            case FLAG -> buffer.putInt(1).put((byte) (value.equals("Y") ? 1 : 0));
            case DECIMAL, MONEY -> PgNumeric.write(value, buffer);
            default -> text(value);
        }
    }

    /** A checked yyyy-MM-dd as days since 1970, without the cost of a formatter on every visit. */
    private static long epochDay(String date) {
        int year = Integer.parseInt(date, 0, 4, 10);
        int month = (date.charAt(5) - '0') * 10 + (date.charAt(6) - '0');
        int day = (date.charAt(8) - '0') * 10 + (date.charAt(9) - '0');
        return LocalDate.of(year, month, day).toEpochDay();
    }

    private static long minutesOfDay(String hhmm) {
        return (hhmm.charAt(0) - '0') * 600L + (hhmm.charAt(1) - '0') * 60L + (hhmm.charAt(3) - '0') * 10L
                + (hhmm.charAt(4) - '0');
    }

    private void text(String value) throws SQLException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length + 4 > buffer.remaining()) {
            send();
            if (bytes.length + 4 > buffer.remaining()) {
                copy.writeToCopy(ByteBuffer.allocate(4).putInt(bytes.length).array(), 0, 4);
                copy.writeToCopy(bytes, 0, bytes.length); // a value longer than a piece goes on its own
                return;
            }
        }
        buffer.putInt(bytes.length).put(bytes);
    }

    private void send() throws SQLException {
        copy.writeToCopy(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    void finish() throws SQLException {
        buffer.putShort((short) -1);
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
        return "copy " + kind.table() + " (" + String.join(", ", columns) + ") from stdin with (format binary)";
    }
}
