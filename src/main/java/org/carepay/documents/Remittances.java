package org.carepay.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.carepay.CarepayProperties;
import org.carepay.ledger.Cursor;
import org.carepay.ledger.LedgerLine;
import org.carepay.ledger.NotPaid;
import org.carepay.output.AtomicFileBatch;
import org.carepay.output.CopyCsvRecord;
import org.carepay.output.CsvOutput;
import org.carepay.output.DocumentThread;
import org.carepay.output.FileNames;
import org.carepay.payments.review.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A payment run's remittance advice, one per provider with lines or exceptions in the run
 * (docs/payment-runs.md): {@code remittances/P.csv}, then {@code remittances/P.html}, the same rows for people
 * (its PDF is printed from it at the release: {@link PrintedCopies}). Both are made as the run's lines pass once,
 * provider after provider ({@link #open}). The CSV's amount column sums to the payment; the page says so, and a
 * remittance whose rows do not add up to the ledger's total is not written.
 */
@Component
public class Remittances {

    private static final String[] HEADER = {"remittance_ref", "payment_date", "section", "client_id", "client_name",
            "package_id", "service", "week_start", "service_date", "start_time", "units", "unit", "rate", "rate_per",
            "amount", "not_paid", "reason", "your_reference"};

    private final JdbcTemplate jdbc;
    private final CarepayProperties.Council council;
    private final DocumentThread documentThread;

    Remittances(JdbcTemplate jdbc, CarepayProperties properties, DocumentThread documentThread) {
        this.jdbc = jdbc;
        this.council = properties.council();
        this.documentThread = documentThread;
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
     * The remittances of a run, to be given its lines in formats.md's order ({@link Writer#line}); the exceptions
     * are taken from their cursor as each provider's turn comes (the cursor is read on the pass's thread only),
     * and a provider with exceptions only has a remittance of them in its place. The files go into the batch,
     * committed by the caller.
     *
     * @param heads each provider's head, by its id
     */
    public Writer open(Path folder, String runId, Function<String, Head> heads, Cursor<NotPaid> notPaid,
                       AtomicFileBatch files) {
        return new Writer(folder, heads, notPaid, files, new RemittanceRows(RemittanceReference.of(jdbc, runId)));
    }

    /**
     * Gathers each provider's lines and exceptions as the pass goes, then hands them on: its remittance, CSV and
     * page, is made aside ({@link DocumentThread}) while the pass reads the next provider's lines.
     */
    public final class Writer {

        private final Path folder;
        private final Function<String, Head> heads;
        private final Cursor<NotPaid> notPaid;
        private final AtomicFileBatch files;
        private final RemittanceRows rows;
        private final DocumentThread.Documents remittances = documentThread.documents();
        private String providerId;
        private List<LedgerLine> lines = new ArrayList<>();

        private Writer(Path folder, Function<String, Head> heads, Cursor<NotPaid> notPaid, AtomicFileBatch files,
                       RemittanceRows rows) {
            this.folder = folder;
            this.heads = heads;
            this.notPaid = notPaid;
            this.files = files;
            this.rows = rows;
        }

        /** The run's next line, in formats.md's order of payment-lines.csv. */
        public void line(LedgerLine line) throws SQLException {
            if (!line.providerId().equals(providerId)) {
                endProvider();
                providersWithExceptionsOnly(line.providerId());
                providerId = line.providerId();
            }
            lines.add(line);
        }

        /** After the last line: the provider's remittance, those of exceptions only after it, all made. */
        public void finish() throws IOException, SQLException {
            endProvider();
            providersWithExceptionsOnly(null);
            remittances.finish();
        }

        /** Each provider before {@code next} (in the lines' order; null: every one) with exceptions and no line. */
        private void providersWithExceptionsOnly(String next) throws SQLException {
            // formats.md's order of ids is their code points' (collate "C" in the queries)
            while (notPaid.peek() != null
                    && (next == null || Text.CODE_POINT_ORDER.compare(notPaid.peek().providerId(), next) < 0)) {
                providerId = notPaid.peek().providerId();
                endProvider();
            }
        }

        /** The provider's exceptions taken from their cursor, and its remittance handed on to be made. */
        private void endProvider() throws SQLException {
            if (providerId == null) {
                return;
            }
            List<NotPaid> exceptions = new ArrayList<>();
            while (notPaid.peek() != null && notPaid.peek().providerId().equals(providerId)) {
                exceptions.add(notPaid.next());
            }
            Head head = heads.apply(providerId);
            List<LedgerLine> paid = lines;
            remittances.make(() -> new Remittance(head).write(paid, exceptions));
            lines = new ArrayList<>();
            providerId = null;
        }

        /** One provider's remittance: its CSV, then its page of the same rows. */
        private final class Remittance {

            private final Head head;
            private final CopyCsvRecord record = new CopyCsvRecord();
            /** The rows as the page reads them, in the CSV's order. */
            private final List<RemittanceLine> page = new ArrayList<>();

            private Remittance(Head head) {
                this.head = head;
            }

            /** Lines paid first; then R7's corrections, recoveries last, each in the order they came; exceptions. */
            void write(List<LedgerLine> lines, List<NotPaid> exceptions) throws IOException {
                List<RemittanceLine> corrections = new ArrayList<>();
                List<RemittanceLine> recoveries = new ArrayList<>();
                try (OutputStream csv = files.open(folder.resolve(csvName(head.providerId())))) {
                    record.fields(HEADER).writeTo(csv);
                    for (LedgerLine line : lines) {
                        RemittanceLine row = rows.paid(line);
                        if ("CARRIED_RECOVERY".equals(line.lineType())) {
                            recoveries.add(row);
                        } else if (line.corrects()) {
                            corrections.add(row);
                        } else {
                            write(csv, row);
                        }
                    }
                    for (RemittanceLine row : corrections) {
                        write(csv, row);
                    }
                    for (RemittanceLine row : recoveries) {
                        write(csv, row);
                    }
                    for (NotPaid exception : exceptions) {
                        write(csv, rows.notPaid(exception));
                    }
                }
                writePage();
            }

            private void write(OutputStream csv, RemittanceLine row) throws IOException {
                record.field(head.remittanceRef()).field(head.paymentDate().toString()).field(row.section())
                        .field(CsvOutput.neutralise(row.clientId())).field(CsvOutput.neutralise(row.clientName()))
                        .field(CsvOutput.neutralise(row.packageId())).field(row.service()).field(row.weekStart())
                        .field(row.serviceDate()).field(row.startTime()).field(row.units()).field(row.unit())
                        .field(row.rate()).field(row.ratePer()).field(money(row.amount())).field(money(row.notPaid()))
                        .field(CsvOutput.neutralise(row.reason())).field(CsvOutput.neutralise(row.yourReference()))
                        .writeTo(csv);
                page.add(row.onPage());
            }

            private void writePage() throws IOException {
                BigDecimal sum = page.stream().map(RemittanceLine::amount).filter(a -> a != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(head.total()) != 0) {
                    throw new IllegalStateException("the remittance of " + head.providerId() + " sums to " + sum
                            + ", the ledger's lines to " + head.total());
                }
                String html = new RemittancePage(council, head).html(page);
                files.write(folder.resolve("remittances/" + FileNames.of(head.providerId()) + ".html"),
                        out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
