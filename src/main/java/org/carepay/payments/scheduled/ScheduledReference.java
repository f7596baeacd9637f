package org.carepay.payments.scheduled;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carepay.ingest.InvoiceLines;
import org.carepay.ingest.format.InboxKind;
import org.carepay.reference.Valuations;
import org.carepay.rules.Invoice;
import org.carepay.rules.PaymentRequest;
import org.carepay.valuation.Changes;
import org.carepay.valuation.ReferenceFacts;
import org.carepay.valuation.WeekValuation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a scheduled run reads, once per run: the current reference snapshots, every invoice line
 * taken in (in the ingest order, for R4's "accepted before") and the current payment requests.
 */
@Component
class ScheduledReference {

    private final JdbcTemplate jdbc;
    private final Valuations valuations;
    private final InvoiceLines invoiceLines;

    ScheduledReference(JdbcTemplate jdbc, Valuations valuations, InvoiceLines invoiceLines) {
        this.jdbc = jdbc;
        this.valuations = valuations;
        this.invoiceLines = invoiceLines;
    }

    Data load() {
        return new Data(valuations.current(), invoiceLines.all(), requests(), dpInvoices());
    }

    List<Long> inputIds() {
        List<Long> ids = new ArrayList<>(valuations.snapshotIds());
        ids.addAll(valuations.snapshotIds(List.of(InboxKind.REQUESTS)));
        ids.addAll(invoiceLines.fileIds());
        ids.addAll(jdbc.queryForList("select id from inbox_file where kind = 'DP_INVOICES' and status = 'TAKEN_IN'",
                Long.class));
        return ids;
    }

    private List<PaymentRequest> requests() {
        return jdbc.query("""
                select r.*, f.path from payment_request r join inbox_file f on f.id = r.file_id
                where r.file_id = ? order by r.record_no""", (rs, i) -> new PaymentRequest(
                rs.getString("path") + ":" + rs.getInt("record_no"), rs.getString("request_id"),
                rs.getString("provider_id"), rs.getString("client_id"), rs.getString("request_type"),
                rs.getBigDecimal("amount"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getString("approved_by"), rs.getObject("approved_on", LocalDate.class)),
                valuations.snapshotIds(List.of(InboxKind.REQUESTS)).stream().findFirst().orElse(-1L));
    }

    /** Every DP invoice taken in, by invoice date, then in the ingest order (R9 pays them in that order). */
    private List<DpInvoice> dpInvoices() {
        return jdbc.query("""
                select d.*, f.path from dp_invoice d join inbox_file f on f.id = d.file_id
                where f.status = 'TAKEN_IN' order by d.invoice_date, f.taken_in_seq, d.record_no""",
                (rs, i) -> new DpInvoice(rs.getString("dp_invoice_id"), rs.getString("client_id"),
                        rs.getString("package_id"), rs.getObject("invoice_date", LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getString("path"), rs.getInt("record_no")));
    }

    /** An invoice to be paid from a DP managed account (R9). */
    record DpInvoice(String id, String clientId, String packageId, LocalDate invoiceDate, BigDecimal amount,
                     String path, int record) {
    }

    /** @param valuation the week's valuation with the current snapshots */
    /**
     * @param touchedClients by what changed since a week was last valued (one per run that did): the clients
     *                       it touches, worked out once per run
     */
    record Data(WeekValuation valuation, List<Invoice> invoices, List<PaymentRequest> requests,
                List<DpInvoice> dpInvoices, Map<Changes, Set<String>> touchedClients) {

        Data(WeekValuation valuation, List<Invoice> invoices, List<PaymentRequest> requests,
             List<DpInvoice> dpInvoices) {
            this(valuation, invoices, requests, dpInvoices, new IdentityHashMap<>());
        }

        ReferenceFacts facts() {
            return valuation.facts();
        }
    }
}
