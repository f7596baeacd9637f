package org.carepay.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A run's ledger read once for its files (issue #13): its payment lines in formats.md's order, which the index
 * payment_line_files_order holds down to the package (V16), so PostgreSQL sorts only a package's few lines, not a
 * million; and beside them its exceptions that name a provider, in the order of the remittances' last part. Both
 * are cursors of the step's transaction: memory holds a fetch of rows, not the run.
 */
@Repository
public class RunLines {

    /** formats.md's order of payment-lines.csv: source sorts by path as text, then record as a number. */
    private static final String LINES = """
            select provider_id, client_id, package_id, service_type, week_start, service_date, line_type, source_path,
                   source_record, paid_units, amount, detail, actual_start
            from payment_line where run_id = ?
            order by provider_id collate "C", coalesce(client_id, '') collate "C", coalesce(package_id, '') collate "C",
                     week_start, service_date nulls first, source_path collate "C", source_record nulls first""";
    /** A remittance's sections of what was not paid in full, in the order it lists them (LATER, NOT_PAID, REDUCED). */
    private static final String NOT_PAID = """
            select provider_id, case when severity = 'REFUSED' then 'NOT_PAID'
                                     when severity = 'HELD' or code = 'AWAITING_WEEK' then 'LATER'
                                     else 'REDUCED' end section,
                   code, client_id, package_id, service_date, detail, amount_not_paid, source_path, source_record
            from run_exception where run_id = ? and provider_id is not null
            order by provider_id collate "C", section, coalesce(client_id, '') collate "C",
                     coalesce(package_id, '') collate "C", service_date nulls first, source_path collate "C",
                     source_record nulls first, code collate "C\"""";
    private static final int FETCH = 10_000;

    private final JdbcTemplate jdbc;

    public RunLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What is done with a run's lines and exceptions, each row taken once, in order. */
    @FunctionalInterface
    public interface Pass {
        void over(Cursor<LedgerLine> lines, Cursor<NotPaid> notPaid) throws IOException, SQLException;
    }

    /** One pass over the run's lines and exceptions, in the step's transaction (a cursor needs one). */
    public void read(String runId, Pass pass) throws IOException {
        try {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                if (connection.getAutoCommit()) {
                    throw new IllegalStateException("a run's lines are read by cursor, in a transaction");
                }
                try (PreparedStatement lines = open(connection, LINES, runId);
                     PreparedStatement notPaid = open(connection, NOT_PAID, runId);
                     ResultSet lineRows = lines.executeQuery(); ResultSet notPaidRows = notPaid.executeQuery()) {
                    pass.over(new Cursor<>(lineRows, (rs, n) -> line(rs)),
                            new Cursor<>(notPaidRows, (rs, n) -> notPaid(rs)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static PreparedStatement open(Connection connection, String query, String runId) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query);
        statement.setFetchSize(FETCH);
        statement.setString(1, runId);
        return statement;
    }

    private static LedgerLine line(ResultSet rs) throws SQLException {
        return new LedgerLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                rs.getObject(9, Integer.class), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12),
                rs.getObject(13, LocalTime.class));
    }

    private static NotPaid notPaid(ResultSet rs) throws SQLException {
        return new NotPaid(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9),
                rs.getObject(10, Integer.class));
    }
}
