package org.carepay.ingest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.carepay.rules.Invoice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The invoice lines ingest took in, as the rules take them (R4). */
@Component
public class InvoiceLines {

    private final JdbcTemplate jdbc;

    public InvoiceLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every invoice line taken in, in the ingest order (file, then record): R4's "accepted before". */
    public List<Invoice> all() {
        return lines("", new Object[0]);
    }

    /** The invoice lines of these files (a run's inputs), in the ingest order: what that run saw. */
    public List<Invoice> among(Collection<Long> fileIds) {
        return lines(" and f.id = any(?)", new Object[] {fileIds.toArray(Long[]::new)});
    }

    private List<Invoice> lines(String filter, Object[] arguments) {
        return jdbc.query("""
                select l.*, f.path from invoice_line l join inbox_file f on f.id = l.file_id
                where f.status = 'TAKEN_IN'""" + filter + " order by f.taken_in_seq, l.record_no", (rs, i) -> new Invoice(
                rs.getString("path") + ":" + rs.getInt("record_no"), rs.getString("invoice_no"),
                rs.getString("provider_id"), rs.getObject("invoice_date", LocalDate.class), rs.getString("client_id"),
                rs.getString("package_id"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("units"), rs.getBigDecimal("unit_rate"),
                rs.getBigDecimal("amount")), arguments);
    }

    /** The invoice files taken in, for a run's inputs. */
    public List<Long> fileIds() {
        return jdbc.queryForList("select id from inbox_file where kind = 'INVOICES' and status = 'TAKEN_IN'",
                Long.class);
    }
}
