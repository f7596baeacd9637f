package org.carepay.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

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
        return new Data(valuations.current(), accounts(snapshots.currentOrNone(InboxKind.CLIENTS)),
                providerNames(snapshots.currentOrNone(InboxKind.PROVIDERS)), invoiceLines.all());
    }

    /**
     * What a billing run read, from its input files and the policy values it recorded: its snapshots and the
     * invoice files taken in by then.
     */
    Data asOf(Collection<Long> inputs, Map<String, String> policyValues) {
        ToLongFunction<InboxKind> snapshot = snapshots.among(inputs);
        return new Data(valuations.asOf(inputs, policyValues), accounts(snapshot.applyAsLong(InboxKind.CLIENTS)),
                providerNames(snapshot.applyAsLong(InboxKind.PROVIDERS)), invoiceLines.among(inputs));
    }

    /** The snapshots and invoice files it read, for the run's inputs (the returns are added as they are read). */
    List<Long> inputIds() {
        List<Long> ids = new ArrayList<>(valuations.snapshotIds());
        ids.addAll(invoiceLines.fileIds());
        return ids;
    }

    /** The snapshots R2 reads now: a homecare run rated a return as this run would if it read the same. */
    List<Long> homecareSnapshotIds() {
        return valuations.snapshotIds(Valuations.HOMECARE_SNAPSHOTS);
    }

    /** The R2 policy values of the configuration, as a run records them. */
    String homecarePolicyValues() {
        return Valuations.recorded(valuations.homecarePolicyValues());
    }

    private Map<String, BillingClient> accounts(long clientsSnapshot) {
        Map<String, BillingClient> clients = new TreeMap<>();
        jdbc.query("""
                select c.*, f.path from client c join inbox_file f on f.id = c.origin_file_id where c.file_id = ?""",
                rs -> {
                    clients.put(rs.getString("client_id"), new BillingClient(rs.getString("client_id"),
                            rs.getString("forename"), rs.getString("surname"), rs.getString("address_line_1"),
                            rs.getString("postcode"), rs.getString("debtor_ref"),
                            rs.getObject("date_of_death", LocalDate.class), rs.getString("billing_status"),
                            rs.getString("bill_to_name"), BillingClient.Address.of(rs.getString("bill_to_address_line_1"),
                            rs.getString("bill_to_postcode")), rs.getString("path"), rs.getInt("record_no")));
                }, clientsSnapshot);
        return clients;
    }

    private Map<String, String> providerNames(long providersSnapshot) {
        Map<String, String> names = new HashMap<>();
        jdbc.query("select provider_id, name from provider where file_id = ?",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, providersSnapshot);
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
