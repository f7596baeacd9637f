package org.carepay.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.carepay.output.AtomicFile;
import org.carepay.output.CopyCsv;
import org.carepay.output.CsvOutput;
import org.carepay.output.FileNames;
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
    /**
     * A remittance's sort keys, the same columns for its lines and its exceptions (t1, t2, d1, d2, t3, n1,
     * t4): lines by client, package, week, service date and source; exceptions by source and code.
     */
    private static final String LINE_SORT = "coalesce(client_id, '') t1, coalesce(package_id, '') t2,"
            + " week_start d1, service_date d2, source_path t3, source_record n1, null::text t4";
    private static final String EXCEPTION_SORT = "source_path, null::text, null::date, null::date, null::text,"
            + " source_record, code";
    private static final String REMITTANCE_ORDER = "order by part, t1 collate \"C\", t2 collate \"C\", d1,"
            + " d2 nulls first, t3 collate \"C\", n1 nulls first, t4 collate \"C\"";

    private final JdbcTemplate jdbc;
    private final CopyCsv csv;

    public RunFiles(JdbcTemplate jdbc, CopyCsv csv) {
        this.jdbc = jdbc;
        this.csv = csv;
    }

    public static Path folder(Path out, String runId) {
        return out.resolve("payments").resolve(runId);
    }

    public void write(Path folder, PaymentRun run, List<ApPayment> payments) throws IOException {
        String runId = CopyCsv.literal(run.runId());
        // The remittances are made on a second connection meanwhile: PostgreSQL formats each on its own core.
        CompletableFuture<Void> remittances = CompletableFuture.runAsync(() -> writeRemittances(folder, run, runId));
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

    /** exceptions.csv of a payment or billing run, sorted by provider_id, source, code. */
    public void writeExceptions(Path folder, String runId) throws IOException {
        csv.write(folder.resolve("exceptions.csv"), "select " + EXCEPTION_COLUMNS + " from run_exception"
                + " where run_id = " + CopyCsv.literal(runId) + " " + EXCEPTION_ORDER);
    }

    private void writeRemittances(Path folder, PaymentRun run, String runId) {
        try {
            for (String provider : providers(run.runId())) {
                csv.write(folder.resolve(remittance(provider)), remittance(runId, CopyCsv.literal(provider)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> providers(String runId) {
        return jdbc.queryForList("select provider_id from payment_line where run_id = ? union"
                + " select provider_id from run_exception where run_id = ? and provider_id is not null",
                String.class, runId, runId).stream().sorted().toList();
    }

    /** The provider's advice: its payment lines, then its exceptions, in the files' orders. */
    /** remittances/PROVIDER_ID.csv in the run's folder, the id made a file name that no other id shares. */
    public static String remittance(String providerId) {
        return "remittances/" + FileNames.of(providerId) + ".csv";
    }

    private static String remittance(String runId, String provider) {
        return "select record, client_id, package_id, service_type, week_start, service_date, line_type, code,"
                + " severity, source, paid_units, amount, detail from ("
                + "select 1 part, 'LINE' record, " + SAFE_IDS + ", service_type, " + date("week_start") + " week_start, "
                + date("service_date") + " service_date, line_type, null code, null severity, " + SOURCE + ", "
                + "trim_scale(paid_units)::text paid_units, amount::text amount, excel_safe(detail) detail, " + LINE_SORT
                + " from payment_line where run_id = " + runId + " and provider_id = " + provider
                + " union all select 2, 'EXCEPTION', " + SAFE_IDS + ", null, null, service_date, null, code, severity, "
                + SOURCE + ", null, amount_not_paid::text, excel_safe(detail), " + EXCEPTION_SORT
                + " from run_exception where run_id = " + runId + " and provider_id = " + provider
                + ") r " + REMITTANCE_ORDER;
    }

    private static String date(String column) {
        return "to_char(" + column + ", 'YYYY-MM-DD')";
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    /** One provider's payment in ap-payments.csv. */
    public record ApPayment(String providerId, String supplierRef, java.time.LocalDate paymentDate,
                            BigDecimal amount, long lineCount, String remittanceRef) {
    }
}
