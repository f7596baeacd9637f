package org.carepay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** The binary numeric form, checked by the only judge that matters: PostgreSQL reading it back. */
class PgNumericTest extends DatabaseTest {

    private static final List<String> VALUES = List.of("0", "0.00", "7", "10000", "12345678.9", "0.5", "0.05",
            "-1234.50", "-0.01", "20000.00", "99999999999999.99", "1.000001", "123456789012345");

    @Test
    void postgresReadsBackExactlyTheDecimalThatWasWritten() throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 12);
        buffer.put(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0}).putInt(0).putInt(0);
        for (String value : VALUES) {
            buffer.putShort((short) 1);
            PgNumeric.write(value, buffer);
        }
        buffer.putShort((short) -1);
        List<String> readBack = jdbc.execute((Connection connection) -> { // one connection: the table is temporary
            connection.createStatement().execute("create temporary table n (v numeric)");
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy n from stdin (format binary)");
            copy.writeToCopy(buffer.array(), 0, buffer.position());
            copy.endCopy();
            List<String> values = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("select v::text from n")) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            connection.createStatement().execute("drop table n");
            return values;
        });

        assertThat(readBack).containsExactlyElementsOf(VALUES);
    }
}
