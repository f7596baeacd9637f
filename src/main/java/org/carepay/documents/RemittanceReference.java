package org.carepay.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run's remittances name beside its lines, from the inputs the run read (its run_input): the clients'
 * names, the packages' terms, the framework rates with the day each stops, and the invoices and requests its
 * lines pay. Held in memory for one run's files: a row per client and package of the council.
 */
final class RemittanceReference {

    /** A package's terms as its snapshot gives them (the unit rate may be the framework's: null). */
    record Terms(String unit, BigDecimal unitRate, BigDecimal plannedUnitsPerWeek, String paymentMethod) {
    }

    /** A framework rate from its first day until, not including, the next rate's (null: still in force). */
    record FrameworkRate(LocalDate from, LocalDate until, BigDecimal unitRate) {
    }

    record InvoiceTerms(BigDecimal unitRate, LocalDate periodStart, LocalDate periodEnd, String invoiceNo) {
    }

    record Request(String requestType, String requestId) {
    }

    private static final String SNAPSHOT = "(select f.id from run_input i join inbox_file f on f.id = i.file_id"
            + " where i.run_id = ? and f.kind = ?)";
    private static final String INPUTS = " from run_input i join inbox_file f on f.id = i.file_id";

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Terms> terms = new HashMap<>();
    private final Map<String, List<FrameworkRate>> rates = new HashMap<>();
    private final Map<String, InvoiceTerms> invoices = new HashMap<>();
    private final Map<String, Request> requests = new HashMap<>();

    private RemittanceReference() {
    }

    static RemittanceReference of(JdbcTemplate jdbc, String runId) {
        RemittanceReference reference = new RemittanceReference();
        jdbc.query("select client_id, forename || ' ' || surname from client where file_id = " + SNAPSHOT,
                rs -> {
                    reference.names.put(rs.getString(1), rs.getString(2));
                }, runId, "CLIENTS");
        jdbc.query("select package_id, unit, unit_rate, planned_units_per_week, payment_method from package"
                + " where file_id = " + SNAPSHOT, rs -> {
                    reference.terms.put(rs.getString(1), new Terms(rs.getString(2), rs.getBigDecimal(3),
                            rs.getBigDecimal(4), rs.getString(5)));
                }, runId, "PACKAGES");
        jdbc.query("select provider_id, service_type, effective_from, lead(effective_from) over (partition by"
                + " provider_id, service_type order by effective_from), unit_rate from rate where file_id = "
                + SNAPSHOT, rs -> {
                    reference.rates.computeIfAbsent(key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                            .add(new FrameworkRate(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                                    rs.getBigDecimal(5)));
                }, runId, "RATES");
        jdbc.query("select f.path, n.record_no, n.unit_rate, n.period_start, n.period_end, n.invoice_no" + INPUTS
                + " join invoice_line n on n.file_id = f.id where i.run_id = ?", rs -> {
                    reference.invoices.put(key(rs.getString(1), rs.getString(2)), new InvoiceTerms(rs.getBigDecimal(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)));
                }, runId);
        jdbc.query("select f.path, q.record_no, q.request_type, q.request_id" + INPUTS
                + " join payment_request q on q.file_id = f.id where i.run_id = ?", rs -> {
                    reference.requests.put(key(rs.getString(1), rs.getString(2)),
                            new Request(rs.getString(3), rs.getString(4)));
                }, runId);
        return reference;
    }

    /** forename and surname; null for a client the snapshot does not know. */
    String name(String clientId) {
        return clientId == null ? null : names.get(clientId);
    }

    Terms terms(String packageId) {
        return packageId == null ? null : terms.get(packageId);
    }

    /** The provider's framework rate for the service in force from {@code from} until after {@code to}, if any. */
    BigDecimal frameworkRate(String providerId, String serviceType, LocalDate from, LocalDate to) {
        for (FrameworkRate rate : rates.getOrDefault(key(providerId, serviceType), List.of())) {
            if (!rate.from().isAfter(from) && (rate.until() == null || rate.until().isAfter(to))) {
                return rate.unitRate();
            }
        }
        return null;
    }

    InvoiceTerms invoice(String path, Integer record) {
        return invoices.get(key(path, String.valueOf(record)));
    }

    Request request(String path, Integer record) {
        return requests.get(key(path, String.valueOf(record)));
    }

    private static String key(String first, String second) {
        return first + '\u0000' + second;
    }
}
