package org.carepay.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * CSV records written in Java byte for byte as PostgreSQL's COPY … (format csv) writes them ({@link CopyCsv}):
 * a field is quoted only when it holds a comma, a quote, CR or LF, or is empty text (a null is nothing at all),
 * with LF between records. Files that PostgreSQL wrote before, and files of the same kind written now by a Java
 * pass over the ledger, so stay the same bytes.
 */
public final class CopyCsvRecord {

    private final StringBuilder record = new StringBuilder(256);
    private boolean first = true;

    /** Adds a field (null: an empty, unquoted field). */
    public CopyCsvRecord field(String value) {
        if (!first) {
            record.append(',');
        }
        first = false;
        if (value != null) {
            if (value.isEmpty() || needsQuotes(value)) {
                record.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                record.append(value);
            }
        }
        return this;
    }

    /** Adds fields: a header's column names, say. */
    public CopyCsvRecord fields(String... values) {
        for (String value : values) {
            field(value);
        }
        return this;
    }

    /** Writes the record with its LF and starts the next one empty. */
    public void writeTo(OutputStream out) throws IOException {
        record.append('\n');
        out.write(record.toString().getBytes(StandardCharsets.UTF_8));
        record.setLength(0);
        first = true;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
