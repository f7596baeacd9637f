package org.carepay.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carepay.ingest.InvoiceLines;
import org.carepay.ingest.format.InboxKind;
import org.carepay.reference.Valuations;
import org.carepay.reference.ReferenceSnapshots;
import org.carepay.rules.Invoice;
import org.carepay.valuation.ReferenceFacts;
import org.carepay.valuation.WeekValuation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a billing run reads, once per run: the current reference snapshots (R6: "with the data that run
 * sees") and every invoice line taken in. The returns are read week by week while rating.
 */
@Component
class BillingReference {

    private final JdbcTemplate jdbc;
    private final Valuations valuations;
    private final ReferenceSnapshots snapshots;
    private final InvoiceLines invoiceLines;

    BillingReference(JdbcTemplate jdbc, Valuations valuations, ReferenceSnapshots snapshots,
                     InvoiceLines invoiceLines) {
        this.jdbc = jdbc;
        this.valuations = valuations;
        this.snapshots = snapshots;
        this.invoiceLines = invoiceLines;
    }

    Data load() {
        return new Data(valuations.current(), accounts(), providerNames(), invoiceLines.all());
    }

    /** The snapshots and invoice files it read, for the run's inputs (the returns are added as they are read). */
    List<Long> inputIds() {
        List<Long> ids = new ArrayList<>(valuations.snapshotIds());
        ids.addAll(invoiceLines.fileIds());
        return ids;
    }

    private Map<String, BillingClient> accounts() {
        Map<String, BillingClient> clients = new TreeMap<>();
        jdbc.query("""
                select c.*, f.path from client c join inbox_file f on f.id = c.origin_file_id where c.file_id = ?""",
                rs -> {
                    clients.put(rs.getString("client_id"), new BillingClient(rs.getString("client_id"),
                            rs.getString("forename"), rs.getString("surname"), rs.getString("address_line_1"),
                            rs.getString("postcode"), rs.getString("debtor_ref"),
                            rs.getObject("date_of_death", LocalDate.class), rs.getString("billing_status"),
                            rs.getString("bill_to_name"), rs.getString("path"), rs.getInt("record_no")));
                }, snapshots.currentOrNone(InboxKind.CLIENTS));
        return clients;
    }

    private Map<String, String> providerNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("select provider_id, name from provider where file_id = ?",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, snapshots.currentOrNone(InboxKind.PROVIDERS));
        return names;
    }

    /**
     * @param valuation the period's valuation with the current snapshots
     * @param accounts  the clients of the snapshot, by client_id in order
     */
    record Data(WeekValuation valuation, Map<String, BillingClient> accounts, Map<String, String> providerNames,
                List<Invoice> invoices) {

        ReferenceFacts facts() {
            return valuation.facts();
        }
    }
}
