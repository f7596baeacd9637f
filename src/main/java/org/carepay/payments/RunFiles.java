package org.carepay.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.carepay.cli.Terminal;
import org.carepay.documents.Remittances;
import org.carepay.ledger.RunProviders;
import org.carepay.output.CopyCsv;
import org.carepay.output.CsvOutput;
import org.carepay.output.UkFormat;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A payment run's CSV files (formats.md, out/payments/RUN_ID/), each written atomically:
 * payment-lines.csv, exceptions.csv and one remittance per provider are made by PostgreSQL from the
 * run's ledger rows ({@link CopyCsv}, in the orders formats.md gives), so a million lines stream straight
 * into the file. ap-payments.csv is small.
 */
@Component
public class RunFiles {

    static final List<String> AP_HEADER = List.of("run_id", "provider_id", "supplier_ref", "payment_date", "amount",
            "line_count", "remittance_ref");
    private static final CsvOutput AP = new CsvOutput(AP_HEADER,
            Set.of("run_id", "provider_id", "supplier_ref", "remittance_ref"));

    /** A source starts with its inbox folder's name (returns/…), and a run id with its kind: already safe. */
    private static final String SOURCE = "source_path || coalesce(':' || source_record, '') source";
    private static final String SAFE_IDS = "excel_safe(client_id) client_id, excel_safe(package_id) package_id";
    private static final String LINE_COLUMNS = "run_id, excel_safe(provider_id) provider_id, "
            + SAFE_IDS + ", service_type, to_char(week_start, 'YYYY-MM-DD') week_start,"
            + " to_char(service_date, 'YYYY-MM-DD') service_date, line_type, " + SOURCE + ","
            + " trim_scale(paid_units)::text paid_units, amount::text amount";
    private static final String EXCEPTION_COLUMNS = "run_id, code, severity,"
            + " excel_safe(provider_id) provider_id, " + SAFE_IDS + ", " + SOURCE + ", service_date,"
            + " excel_safe(detail) detail, amount_not_paid::text amount_not_paid";
    /** formats.md's orders: source sorts by path as text, then record as a number; empty values first. */
    private static final String LINE_ORDER = "order by provider_id collate \"C\", coalesce(client_id, '') collate \"C\","
            + " coalesce(package_id, '') collate \"C\", week_start, service_date nulls first,"
            + " source_path collate \"C\", source_record nulls first";
    private static final String EXCEPTION_ORDER = "order by coalesce(provider_id, '') collate \"C\","
            + " source_path collate \"C\", source_record nulls first, code collate \"C\"";
    /** A thread of its own for each run's remittances, named in thread dumps and the log. */
    private final AsyncTaskExecutor remittanceThread = new SimpleAsyncTaskExecutor("remittances-");
    private final JdbcTemplate jdbc;
    private final CopyCsv csv;
    private final Remittances remittances;
    private final RunProviders runProviders;
    private final Terminal terminal;

    public RunFiles(JdbcTemplate jdbc, CopyCsv csv, Remittances remittances, RunProviders runProviders,
                    Terminal terminal) {
        this.jdbc = jdbc;
        this.csv = csv;
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
        String runId = CopyCsv.literal(run.runId());
        List<ApPayment> payments = payments(run, providers, paymentDate);
        // The remittances are made on a second connection meanwhile: PostgreSQL formats each on its own core.
        CompletableFuture<Void> remittances = remittanceThread.submitCompletable(() -> writeRemittances(folder, run,
                providers, paymentDate));
        csv.write(folder.resolve("payment-lines.csv"), "select " + LINE_COLUMNS + " from payment_line where run_id = "
                + runId + " " + LINE_ORDER);
        writeExceptions(folder, run.runId());
        AP.write(folder.resolve("ap-payments.csv"), payments.stream().map(p -> Arrays.<Object>asList(run.runId(),
                p.providerId(), p.supplierRef(), p.paymentDate().toString(), money(p.amount()),
                Long.toString(p.lineCount()), p.remittanceRef())).toList());
        try {
            remittances.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
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

    private void writeRemittances(Path folder, PaymentRun run, List<RunProviders.RunProvider> providers,
                                  LocalDate paymentDate) {
        Map<String, BigDecimal> totals = providers.stream().collect(Collectors.toMap(RunProviders.RunProvider::providerId,
                RunProviders.RunProvider::total));
        String title = (run.kind() == RunKind.HOMECARE ? "Homecare visits" : "Scheduled care and invoices")
                + " of the week " + UkFormat.date(run.weekStart()) + " to " + UkFormat.date(run.weekStart().plusDays(6));
        Map<String, String> names = runProviders.names(run.runId());
        Map<String, Remittances.Head> heads = new LinkedHashMap<>();
        for (String provider : providersOf(run.runId())) {
            heads.put(provider, new Remittances.Head(run.runId(), title, provider,
                    names.getOrDefault(provider, "Provider " + provider),
                    WriteRunFilesTasklet.remittanceRef(run, provider), paymentDate,
                    totals.getOrDefault(provider, BigDecimal.ZERO)));
        }
        try (Terminal.Progress progress = terminal.progress("remittances", heads.size(), "providers")) {
            remittances.write(folder, run.runId(), WriteRunFilesTasklet.remittanceRef(run, ""), paymentDate, heads,
                    progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The providers with lines or exceptions in the run: each is sent a remittance. */
    private List<String> providersOf(String runId) {
        return jdbc.queryForList("select provider_id from payment_line where run_id = ? union"
                + " select provider_id from run_exception where run_id = ? and provider_id is not null",
                String.class, runId, runId).stream().sorted().toList();
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    /** One provider's payment in ap-payments.csv. */
    public record ApPayment(String providerId, String supplierRef, java.time.LocalDate paymentDate,
                            BigDecimal amount, long lineCount, String remittanceRef) {
    }
}
