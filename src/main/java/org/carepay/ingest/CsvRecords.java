package org.carepay.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of an inbox CSV as formats.md reads them: UTF-8 with an optional byte-order mark,
 * RFC 4180 quoting, blank records skipped, values trimmed, and numbered the spec's way: the header
 * is record 1 and each following non-blank record counts one, however many lines it spans.
 * Commons CSV was chosen by measurement (docs/decisions/0002-csv-library.md).
 */
final class CsvRecords implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int recordNo;

    CsvRecords(Path file) throws IOException {
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        skipByteOrderMark(reader);
        this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /**
     * The next non-blank record's values, or null at the end of the file.
     *
     * @throws MalformedCsvException when a quoted field is never closed: the rest of the file is one field
     */
    String[] next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                recordNo++;
                return record.values();
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException e) {
            recordNo++;
            throw new MalformedCsvException(recordNo);
        }
    }

    /** The number of the record {@link #next()} returned last (the header is 1). */
    int recordNo() {
        return recordNo;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** A record whose quoted field is not closed before the end of the file. */
    static final class MalformedCsvException extends RuntimeException {
        private final int recordNo;

        MalformedCsvException(int recordNo) {
            super("a quoted field is not closed before the end of the file");
            this.recordNo = recordNo;
        }

        int recordNo() {
            return recordNo;
        }
    }
}
