package org.carepay.payments;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A run's payment lines and exceptions, gathered as COPY text and written with one COPY per table:
 * rating a million visits is never a million inserts.
 */
public final class RunRows {

    private final String runId;
    private final StringBuilder lines = new StringBuilder();
    private final StringBuilder exceptions = new StringBuilder();

    public RunRows(String runId) {
        this.runId = runId;
    }

    public void line(String providerId, String clientId, String packageId, String serviceType, LocalDate weekStart,
                     LocalDate serviceDate, String lineType, Source source, BigDecimal paidUnits, BigDecimal amount) {
        row(lines, runId, providerId, clientId, packageId, serviceType, weekStart, serviceDate, lineType,
                source.path(), source.record(), paidUnits == null ? null : paidUnits.toPlainString(),
                amount.toPlainString());
    }

    public void exception(String code, String severity, String providerId, String clientId, String packageId,
                          Source source, String serviceDate, String detail, BigDecimal amountNotPaid) {
        row(exceptions, runId, code, severity, providerId, clientId, packageId, source.path(), source.record(),
                serviceDate, detail, amountNotPaid == null ? null : amountNotPaid.toPlainString());
    }

    /** Writes what was gathered and starts again empty. */
    public void flush(Connection connection) throws SQLException {
        copy(connection, "copy payment_line (run_id, provider_id, client_id, package_id, service_type, week_start,"
                + " service_date, line_type, source_path, source_record, paid_units, amount) from stdin", lines);
        copy(connection, "copy run_exception (run_id, code, severity, provider_id, client_id, package_id,"
                + " source_path, source_record, service_date, detail, amount_not_paid) from stdin", exceptions);
    }

    private static void copy(Connection connection, String sql, StringBuilder text) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
        text.setLength(0);
    }

    private static void row(StringBuilder text, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                text.append("\\N");
                continue;
            }
            String s = value.toString();
            for (int c = 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        }
        text.append('\n');
    }

    /** Where a line or exception comes from: an input file and record, or a file alone. */
    public record Source(String path, Integer record) {
    }
}
