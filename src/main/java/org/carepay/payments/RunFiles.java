package org.carepay.payments;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carepay.cli.Terminal;
import org.carepay.documents.Remittances;
import org.carepay.ledger.LedgerLine;
import org.carepay.ledger.RunLines;
import org.carepay.ledger.RunProviders;
import org.carepay.output.AtomicFileBatch;
import org.carepay.output.CopyCsv;
import org.carepay.output.CopyCsvRecord;
import org.carepay.output.CsvOutput;
import org.carepay.output.FileForcing;
import org.carepay.output.UkFormat;
import org.springframework.stereotype.Component;

/**
 * A payment run's CSV files (formats.md, out/payments/RUN_ID/): payment-lines.csv and one remittance per provider
 * are written in one pass over the run's ledger lines, which the ledger gives in the files' order ({@link RunLines}),
 * so no million lines are sorted; exceptions.csv is made by PostgreSQL ({@link CopyCsv}); ap-payments.csv is small.
 * The files of the pass are forced to disk together at its end ({@link AtomicFileBatch}).
 */
@Component
public class RunFiles {

    static final List<String> AP_HEADER = List.of("run_id", "provider_id", "supplier_ref", "payment_date", "amount",
            "line_count", "remittance_ref");
    private static final CsvOutput AP = new CsvOutput(AP_HEADER,
            Set.of("run_id", "provider_id", "supplier_ref", "remittance_ref"));
    private static final String[] LINES_HEADER = {"run_id", "provider_id", "client_id", "package_id", "service_type",
            "week_start", "service_date", "line_type", "source", "paid_units", "amount"};

    /** A source starts with its inbox folder's name (returns/…), and a run id with its kind: already safe. */
    private static final String SOURCE = "source_path || coalesce(':' || source_record, '') source";
    private static final String SAFE_IDS = "excel_safe(client_id) client_id, excel_safe(package_id) package_id";
    private static final String EXCEPTION_COLUMNS = "run_id, code, severity,"
            + " excel_safe(provider_id) provider_id, " + SAFE_IDS + ", " + SOURCE + ", service_date,"
            + " excel_safe(detail) detail, amount_not_paid::text amount_not_paid";
    /** formats.md's order: source sorts by path as text, then record as a number; empty values first. */
    private static final String EXCEPTION_ORDER = "order by coalesce(provider_id, '') collate \"C\","
            + " source_path collate \"C\", source_record nulls first, code collate \"C\"";
    private final CopyCsv csv;
    private final RunLines ledger;
    private final Remittances remittances;
    private final RunProviders runProviders;
    private final FileForcing fileForcing;
    private final Terminal terminal;

    public RunFiles(CopyCsv csv, RunLines ledger, Remittances remittances, RunProviders runProviders,
                    FileForcing fileForcing, Terminal terminal) {
        this.csv = csv;
        this.fileForcing = fileForcing;
        this.ledger = ledger;
        this.remittances = remittances;
        this.runProviders = runProviders;
        this.terminal = terminal;
    }

    public static Path folder(Path out, String runId) {
        return out.resolve("payments").resolve(runId);
    }

    /** @param paymentDate the day the run's payments reach the providers' banks */
    public void write(Path folder, PaymentRun run, List<RunProviders.RunProvider> providers, LocalDate paymentDate)
            throws IOException {
        AtomicFileBatch files = fileForcing.batch();
        Function<String, Remittances.Head> heads = heads(run, providers, paymentDate);
        long lineCount = providers.stream().mapToLong(RunProviders.RunProvider::lineCount).sum();
        try (Terminal.Progress progress = terminal.progress("payment lines and remittances", lineCount, "lines")) {
            ledger.read(run.runId(), (lines, notPaid) -> {
                Remittances.Writer remittance = remittances.open(folder, run.runId(), heads, notPaid, files);
                try (OutputStream paymentLines = files.open(folder.resolve("payment-lines.csv"))) {
                    CopyCsvRecord record = new CopyCsvRecord();
                    record.fields(LINES_HEADER).writeTo(paymentLines);
                    long written = 0;
                    for (LedgerLine line = lines.next(); line != null; line = lines.next()) {
                        paymentLine(record, run.runId(), line).writeTo(paymentLines);
                        remittance.line(line);
                        if (++written % 10_000 == 0) {
                            progress.at(written, "");
                        }
                    }
                }
                remittance.finish();
            });
        }
        files.commit();
        writeExceptions(folder, run.runId());
        List<ApPayment> payments = payments(run, providers, paymentDate);
        AP.write(folder.resolve("ap-payments.csv"), payments.stream().map(p -> Arrays.<Object>asList(run.runId(),
                p.providerId(), p.supplierRef(), p.paymentDate().toString(), money(p.amount()),
                Long.toString(p.lineCount()), p.remittanceRef())).toList());
    }

    /** A line of payment-lines.csv, as formats.md gives its columns. */
    private static CopyCsvRecord paymentLine(CopyCsvRecord record, String runId, LedgerLine line) {
        return record.field(runId).field(CsvOutput.neutralise(line.providerId()))
                .field(CsvOutput.neutralise(line.clientId())).field(CsvOutput.neutralise(line.packageId()))
                .field(line.serviceType()).field(Objects.toString(line.weekStart(), null))
                .field(Objects.toString(line.serviceDate(), null)).field(line.lineType())
                .field(line.sourceRecord() == null ? line.sourcePath() : line.sourcePath() + ":" + line.sourceRecord())
                .field(line.paidUnits() == null ? null : line.paidUnits().stripTrailingZeros().toPlainString())
                .field(line.amount().toPlainString());
    }

    /** ap-payments.csv's rows: a provider whose run total is above 0 is paid it (R7: a negative one nothing). */
    public static List<ApPayment> payments(PaymentRun run, List<RunProviders.RunProvider> providers,
                                           LocalDate paymentDate) {
        return providers.stream().filter(RunProviders.RunProvider::paid)
                .map(p -> new ApPayment(p.providerId(), p.supplierRef(), paymentDate, p.total(), p.lineCount(),
                        WriteRunFilesTasklet.remittanceRef(run, p.providerId()))).toList();
    }

    /** exceptions.csv of a payment or billing run, sorted by provider_id, source, code. */
    public void writeExceptions(Path folder, String runId) throws IOException {
        csv.write(folder.resolve("exceptions.csv"), "select " + EXCEPTION_COLUMNS + " from run_exception"
                + " where run_id = " + CopyCsv.literal(runId) + " " + EXCEPTION_ORDER);
    }

    /** Each provider's remittance head: its name in the snapshot the run read, its reference and its total. */
    private Function<String, Remittances.Head> heads(PaymentRun run, List<RunProviders.RunProvider> providers,
                                                     LocalDate paymentDate) {
        Map<String, BigDecimal> totals = providers.stream().collect(Collectors.toMap(RunProviders.RunProvider::providerId,
                RunProviders.RunProvider::total));
        String title = (run.kind() == RunKind.HOMECARE ? "Homecare visits" : "Scheduled care and invoices")
                + " of the week " + UkFormat.date(run.weekStart()) + " to " + UkFormat.date(run.weekStart().plusDays(6));
        Map<String, String> names = runProviders.names(run.runId());
        return provider -> new Remittances.Head(run.runId(), title, provider,
                names.getOrDefault(provider, "Provider " + provider), WriteRunFilesTasklet.remittanceRef(run, provider),
                paymentDate, totals.getOrDefault(provider, BigDecimal.ZERO));
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    /** One provider's payment in ap-payments.csv. */
    public record ApPayment(String providerId, String supplierRef, java.time.LocalDate paymentDate,
                            BigDecimal amount, long lineCount, String remittanceRef) {
    }
}
