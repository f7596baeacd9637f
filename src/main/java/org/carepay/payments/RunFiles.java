package org.carepay.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.carepay.output.CsvOutput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A payment run's CSV files (formats.md, out/payments/RUN_ID/), streamed from its ledger rows in the
 * order formats.md gives, each written atomically: payment-lines.csv, exceptions.csv, ap-payments.csv
 * and one remittance per provider.
 */
@Component
public class RunFiles {

    static final List<String> LINE_HEADER = List.of("run_id", "provider_id", "client_id", "package_id",
            "service_type", "week_start", "service_date", "line_type", "source", "paid_units", "amount");
    static final List<String> EXCEPTION_HEADER = List.of("run_id", "code", "severity", "provider_id", "client_id",
            "package_id", "source", "service_date", "detail", "amount_not_paid");
    static final List<String> AP_HEADER = List.of("run_id", "provider_id", "supplier_ref", "payment_date", "amount",
            "line_count", "remittance_ref");
    static final List<String> REMITTANCE_HEADER = List.of("record", "client_id", "package_id", "service_type",
            "week_start", "service_date", "line_type", "code", "severity", "source", "paid_units", "amount",
            "detail");

    private static final CsvOutput LINES = new CsvOutput(LINE_HEADER,
            Set.of("run_id", "provider_id", "client_id", "package_id", "source"));
    private static final CsvOutput EXCEPTIONS = new CsvOutput(EXCEPTION_HEADER,
            Set.of("run_id", "provider_id", "client_id", "package_id", "source", "detail"));
    private static final CsvOutput AP = new CsvOutput(AP_HEADER,
            Set.of("run_id", "provider_id", "supplier_ref", "remittance_ref"));
    private static final CsvOutput REMITTANCE = new CsvOutput(REMITTANCE_HEADER,
            Set.of("client_id", "package_id", "source", "detail"));

    private static final String SOURCE = "source_path || coalesce(':' || source_record, '') source";
    private static final String LINE_ORDER = "order by provider_id collate \"C\", coalesce(client_id, '') collate \"C\","
            + " coalesce(package_id, '') collate \"C\", week_start, service_date nulls first,"
            + " source_path collate \"C\", source_record nulls first";
    private static final String EXCEPTION_ORDER = "order by coalesce(provider_id, '') collate \"C\","
            + " source_path collate \"C\", source_record nulls first, code collate \"C\"";

    private final JdbcTemplate streaming;

    public RunFiles(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000); // a cursor inside the step's transaction: memory stays flat
    }

    public static Path folder(Path out, String runId) {
        return out.resolve("payments").resolve(runId);
    }

    public void write(Path folder, PaymentRun run, List<ApPayment> payments) throws IOException {
        LINES.write(folder.resolve("payment-lines.csv"), sink -> stream(sink, "select run_id, provider_id,"
                + " client_id, package_id, service_type, week_start, service_date, line_type, " + SOURCE
                + ", paid_units, amount from payment_line where run_id = ? " + LINE_ORDER, run.runId()));
        EXCEPTIONS.write(folder.resolve("exceptions.csv"), sink -> stream(sink, "select run_id, code, severity,"
                + " provider_id, client_id, package_id, " + SOURCE + ", service_date, detail, amount_not_paid"
                + " from run_exception where run_id = ? " + EXCEPTION_ORDER, run.runId()));
        AP.write(folder.resolve("ap-payments.csv"), payments.stream().map(p -> Arrays.<Object>asList(run.runId(),
                p.providerId(), p.supplierRef(), p.paymentDate().toString(), money(p.amount()),
                Long.toString(p.lineCount()), p.remittanceRef())).toList());
        for (String provider : streaming.queryForList("select provider_id from payment_line where run_id = ?"
                + " union select provider_id from run_exception where run_id = ? and provider_id is not null",
                String.class, run.runId(), run.runId()).stream().sorted().toList()) {
            writeRemittance(folder.resolve("remittances").resolve(provider + ".csv"), run.runId(), provider);
        }
    }

    /** The provider's advice: its payment lines, then its exceptions, in the files' orders. */
    private void writeRemittance(Path file, String runId, String provider) throws IOException {
        REMITTANCE.write(file, sink -> {
            stream(sink, "select 'LINE', client_id, package_id, service_type, week_start, service_date, line_type,"
                    + " null, null, " + SOURCE + ", paid_units, amount, null from payment_line where run_id = ?"
                    + " and provider_id = ? " + LINE_ORDER, runId, provider);
            stream(sink, "select 'EXCEPTION', client_id, package_id, null, null, service_date, null, code,"
                    + " severity, " + SOURCE + ", null, amount_not_paid, detail from run_exception where run_id = ?"
                    + " and provider_id = ? " + EXCEPTION_ORDER, runId, provider);
        });
    }

    private void stream(CsvOutput.RowSink sink, String sql, Object... parameters) {
        streaming.query(sql, rs -> {
            try {
                sink.row(row(rs));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, parameters);
    }

    /** A row as formats.md writes it: amounts with 2 decimals, paid_units without trailing zeros. */
    private static List<Object> row(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        List<Object> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            String label = rs.getMetaData().getColumnLabel(i);
            Object value = rs.getObject(i);
            if (value instanceof BigDecimal number) {
                value = label.equals("paid_units") ? number.stripTrailingZeros().toPlainString() : money(number);
            } else if (value != null) {
                value = value.toString();
            }
            row.add(value);
        }
        return row;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    /** One provider's payment in ap-payments.csv. */
    public record ApPayment(String providerId, String supplierRef, java.time.LocalDate paymentDate,
                            BigDecimal amount, long lineCount, String remittanceRef) {
    }
}
