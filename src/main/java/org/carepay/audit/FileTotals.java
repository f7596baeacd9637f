package org.carepay.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carepay.output.CsvOutput;

/**
 * The control totals of an output CSV as it is on disk, read back by its header: per provider or client, the
 * rows (or a line count column) and the sum of an amount column.
 */
final class FileTotals {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private FileTotals() {
    }

    /**
     * @param key      the column totals are kept under (provider_id, client_id)
     * @param amount   the column of money
     * @param lines    the column that counts lines (ap-payments' line_count), or null: each row is one line
     * @param counted  which rows count (a remittance's rows with an amount paid)
     * @throws IOException a file that cannot be read, or one without the columns
     */
    static Map<String, Total> read(Path file, String key, String amount, String lines, Predicate<CSVRecord> counted)
            throws IOException {
        Map<String, Total> totals = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : FORMAT.parse(reader)) {
                try {
                    if (counted.test(row)) {
                        Total total = new Total(lines == null ? 1 : Long.parseLong(row.get(lines)),
                                new BigDecimal(row.get(amount)));
                        totals.merge(CsvOutput.asGiven(row.get(key)), total, Total::plus);
                    }
                } catch (IllegalArgumentException | IllegalStateException e) { // a missing column or a bad number
                    throw new IOException("line " + (row.getRecordNumber() + 1) + " cannot be read: " + e.getMessage());
                }
            }
        } catch (UncheckedIOException e) { // the parser's: not CSV (a quote left open), or not UTF-8
            throw new IOException("cannot be read as CSV: " + e.getCause().getMessage());
        }
        return totals;
    }

    static Map<String, Total> read(Path file, String key, String amount) throws IOException {
        return read(file, key, amount, null, row -> true);
    }
}
