package org.carepay.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;

/** Records written in Java are the bytes PostgreSQL's own COPY writes for the same values (the files mix both). */
class CopyCsvRecordTest extends DatabaseTest {

    private static final String[] VALUES = {null, "", "plain", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere",
            " spaced ", "#hash", "'=1", "\\.", "Zoë"};

    @Test
    void fieldsAreQuotedExactlyWherePostgresqlQuotesThem() throws Exception {
        CopyCsvRecord record = new CopyCsvRecord();
        ByteArrayOutputStream java = new ByteArrayOutputStream();
        for (int row = 0; row < 2; row++) {
            for (String value : VALUES) {
                record.field(value);
            }
            record.writeTo(java);
        }

        String expected = ",\"\",plain,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\"cr\rhere\", spaced ,#hash,'=1,\\.,Zoë\n";
        assertThat(java.toString(StandardCharsets.UTF_8)).isEqualTo(expected + expected);
        assertThat(java.toString(StandardCharsets.UTF_8)).isEqualTo(postgresqlCopyOf(VALUES, 2));
    }

    private String postgresqlCopyOf(String[] values, int rows) {
        String row = Arrays.stream(values).map(v -> v == null ? "null::text" : CopyCsv.literal(v) + "::text")
                .collect(Collectors.joining(", "));
        String select = "select " + row + " from generate_series(1, " + rows + ")";
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("copy (" + select + ") to stdout with (format csv)", out);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }
}
