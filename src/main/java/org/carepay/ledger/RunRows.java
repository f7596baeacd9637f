package org.carepay.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;

import org.carepay.corrections.Adjustment;
import org.carepay.db.CopyRows;
import org.carepay.rules.Visit;
import org.carepay.valuation.PackageWeek;

/**
 * A run's payment lines and exceptions, gathered as COPY text and written with one COPY per table:
 * rating a million visits is never a million inserts.
 */
public final class RunRows {

    private final String runId;
    private final CopyRows lines = new CopyRows("payment_line (run_id, provider_id, client_id, package_id,"
            + " service_type, week_start, service_date, line_type, source_path, source_record, paid_units, amount,"
            + " detail, actual_start)");
    private final CopyRows exceptions = new CopyRows("run_exception (run_id, code, severity, provider_id, client_id,"
            + " package_id, source_path, source_record, service_date, detail, amount_not_paid)");

    public RunRows(String runId) {
        this.runId = runId;
    }

    public void line(String providerId, String clientId, String packageId, String serviceType, LocalDate weekStart,
                     LocalDate serviceDate, String lineType, Source source, BigDecimal paidUnits, BigDecimal amount) {
        line(providerId, clientId, packageId, serviceType, weekStart, serviceDate, lineType, source, paidUnits, amount,
                null, null);
    }

    /** R2: a VISIT line, with the visit's actual start, which its remittance shows. */
    public void visit(Visit visit, String serviceType, Source source, BigDecimal carerMinutesPaid, BigDecimal amount) {
        line(visit.providerId(), visit.clientId(), visit.packageId(), serviceType, visit.weekStart(),
                visit.visitDate(), "VISIT", source, carerMinutesPaid, amount, null, visit.actualStart());
    }

    /** R7: an ADJUSTMENT line, its source the released run it corrects. */
    public void adjustment(Adjustment adjustment) {
        PackageWeek corrected = adjustment.packageWeek();
        line(corrected.providerId(), corrected.clientId(), corrected.packageId(), corrected.serviceType(),
                corrected.weekStart(), null, "ADJUSTMENT", new Source(adjustment.corrects(), null), null,
                adjustment.amount(), adjustment.reason(), null);
    }

    private void line(String providerId, String clientId, String packageId, String serviceType, LocalDate weekStart,
                      LocalDate serviceDate, String lineType, Source source, BigDecimal paidUnits, BigDecimal amount,
                      String detail, LocalTime actualStart) {
        lines.add(runId, providerId, clientId, packageId, serviceType, weekStart, serviceDate, lineType,
                source.path(), source.record(), paidUnits == null ? null : paidUnits.toPlainString(),
                amount.toPlainString(), detail, actualStart);
    }

    public void exception(String code, String severity, String providerId, String clientId, String packageId,
                          Source source, String serviceDate, String detail, BigDecimal amountNotPaid) {
        exceptions.add(runId, code, severity, providerId, clientId, packageId, source.path(), source.record(),
                serviceDate, detail, amountNotPaid == null ? null : amountNotPaid.toPlainString());
    }

    /** Writes what was gathered and starts again empty. */
    public void flush(Connection connection) throws SQLException {
        lines.flush(connection);
        exceptions.flush(connection);
    }

    /** Where a line or exception comes from: an input file and record, or a file alone. */
    public record Source(String path, Integer record) {
    }
}
