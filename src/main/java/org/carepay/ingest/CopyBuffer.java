package org.carepay.ingest;

import java.nio.charset.StandardCharsets;

/** Rows in PostgreSQL's COPY text format: tab-separated, \N for null, backslash escapes. */
final class CopyBuffer {

    private final StringBuilder text = new StringBuilder(1 << 16);

    void field(Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    void tab() {
        text.append('\t');
    }

    void endRow() {
        text.append('\n');
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
