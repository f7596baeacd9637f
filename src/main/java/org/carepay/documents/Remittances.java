package org.carepay.documents;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carepay.CarepayProperties;
import org.carepay.cli.Terminal;
import org.carepay.output.AtomicFile;
import org.carepay.output.CopyCsv;
import org.carepay.output.FileNames;
import org.springframework.stereotype.Component;

/**
 * A payment run's remittance advice, one per provider with lines or exceptions in the run
 * (docs/payment-runs.md): {@code remittances/P.csv}, made by PostgreSQL ({@link RemittanceRows}), then
 * {@code remittances/P.html}, the same rows for people, made from the CSV as written so that they never differ
 * (its PDF is printed from it at the release: {@link PrintedCopies}). The CSV's amount column sums to the
 * payment; the page says so, and a remittance whose rows do not add up to the ledger's total has no page.
 */
@Component
public class Remittances {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final CopyCsv csv;
    private final CarepayProperties.Council council;

    Remittances(CopyCsv csv, CarepayProperties properties) {
        this.csv = csv;
        this.council = properties.council();
    }

    /**
     * One provider's remittance in a run.
     *
     * @param runTitle     what the run paid, in words ("Homecare visits of the week 16 Nov 2026 to 22 Nov 2026")
     * @param providerName as the snapshot the run read names it
     * @param total        the provider's lines in the ledger: what it is paid when above 0
     */
    public record Head(String runId, String runTitle, String providerId, String providerName, String remittanceRef,
                       LocalDate paymentDate, BigDecimal total) {
    }

    /** remittances/P.csv in the run's folder, the id made a file name that no other id shares. */
    public static String csvName(String providerId) {
        return "remittances/" + FileNames.of(providerId) + ".csv";
    }

    /**
     * Every provider's remittance in the run: the CSVs in one query, split by provider; then each page, from its
     * CSV as written, once the CSV is checked against the ledger.
     *
     * @param heads by provider id, each provider with lines or exceptions in the run
     */
    public void write(Path folder, String runId, String refPrefix, LocalDate paymentDate, Map<String, Head> heads,
                      Terminal.Progress progress) throws IOException {
        Map<String, Path> files = csv.writeSplit(RemittanceRows.select(runId, refPrefix, paymentDate),
                provider -> folder.resolve(csvName(provider)));
        if (!files.keySet().equals(heads.keySet())) {
            throw new IllegalStateException("remittances of " + files.keySet() + ", providers " + heads.keySet());
        }
        int done = 0;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            writePage(folder, heads.get(file.getKey()), file.getValue());
            progress.at(++done, "");
        }
    }

    private void writePage(Path folder, Head head, Path file) throws IOException {
        List<RemittanceLine> lines = read(file);
        BigDecimal sum = lines.stream().map(RemittanceLine::amount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(head.total()) != 0) {
            throw new IllegalStateException(file + " sums to " + sum + ", the ledger's lines to " + head.total());
        }
        String page = new RemittancePage(council, head).html(lines);
        String name = "remittances/" + FileNames.of(head.providerId());
        AtomicFile.write(folder.resolve(name + ".html"), out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }

    private List<RemittanceLine> read(Path file) throws IOException {
        List<RemittanceLine> lines = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : READ.parse(reader)) {
                lines.add(RemittanceLine.of(row));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return lines;
    }
}
