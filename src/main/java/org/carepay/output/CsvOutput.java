package org.carepay.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * An output CSV as formats.md writes it: UTF-8 without byte-order mark, a header row, comma, LF,
 * RFC 4180 quoting only where needed, and every text column that would begin with = + - @, tab or
 * carriage return given a leading ' so that no spreadsheet runs it as a formula.
 */
public final class CsvOutput {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();
    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

    private final List<String> header;
    private final Set<String> textColumns;

    /** @param textColumns the columns of type text (ids, names, references, source, detail) */
    public CsvOutput(List<String> header, Set<String> textColumns) {
        this.header = header;
        this.textColumns = textColumns;
    }

    /** Writes the rows (each in header order; null is an empty value) atomically to {@code target}. */
    public void write(Path target, Iterable<? extends List<?>> rows) throws IOException {
        write(target, sink -> {
            for (List<?> row : rows) {
                sink.row(row);
            }
        });
    }

    /** Writes the rows a source streams (never all in memory) atomically to {@code target}. */
    public void write(Path target, RowSource source) throws IOException {
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // Each record is formatted into one buffer and written whole: the printer's many small
            // writes would each cost an encoder call on the file's writer.
            StringBuilder record = new StringBuilder(256);
            FORMAT.printRecord(record, header.toArray());
            writer.append(record);
            source.writeTo(row -> {
                record.setLength(0);
                FORMAT.printRecord(record, safe(row));
                writer.append(record);
            });
            writer.flush();
        });
    }

    /** Streams rows into a file being written. */
    @FunctionalInterface
    public interface RowSource {
        void writeTo(RowSink sink) throws IOException;
    }

    /** Takes one row, in header order. */
    @FunctionalInterface
    public interface RowSink {
        void row(List<?> row) throws IOException;
    }

    private Object[] safe(List<?> row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = row.get(i);
            values[i] = value instanceof String text && textColumns.contains(header.get(i)) ? neutralise(text) : value;
        }
        return values;
    }

    /** A text value that a spreadsheet would read as a formula, made plain text (null stays null). */
    public static String neutralise(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.contains(text.charAt(0)) ? "'" + text : text;
    }

    /** A text value as it was before {@link #neutralise}: the leading ' is not part of it. */
    public static String asGiven(String written) {
        return written.length() > 1 && written.charAt(0) == '\'' && FORMULA_STARTS.contains(written.charAt(1))
                ? written.substring(1) : written;
    }
}
