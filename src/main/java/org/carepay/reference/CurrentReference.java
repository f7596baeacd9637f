package org.carepay.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.carepay.ingest.format.InboxKind;
import org.carepay.rules.CarePackage;
import org.carepay.rules.ClientFacts;
import org.carepay.rules.Contribution;
import org.carepay.rules.ContributionHistory;
import org.carepay.rules.FrameworkRate;
import org.carepay.rules.HospitalStay;
import org.carepay.rules.Rates;
import org.carepay.valuation.ReferenceFacts;
import org.carepay.valuation.Sourced;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The current reference snapshots as the pure rules take them, read whole (a run reads them once). */
@Component
public class CurrentReference {

    private final JdbcTemplate jdbc;
    private final ReferenceSnapshots snapshots;

    public CurrentReference(JdbcTemplate jdbc, ReferenceSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /** The snapshots of these kinds that count now, for a run's inputs. */
    public List<Long> snapshotIds(List<InboxKind> kinds) {
        List<Long> ids = new ArrayList<>();
        kinds.forEach(kind -> snapshots.current(kind).ifPresent(ids::add));
        return ids;
    }

    /** Every snapshot the rules read, at once: what a run values its weeks with. */
    public ReferenceFacts facts() {
        return facts(snapshots::currentOrNone);
    }

    /**
     * The snapshots among these input files of a run, as the rules take them: what the run valued its weeks
     * with (a kind it did not read is empty).
     */
    public ReferenceFacts factsOf(Collection<Long> inputs) {
        return facts(snapshots.among(inputs));
    }

    private ReferenceFacts facts(ToLongFunction<InboxKind> snapshot) {
        return new ReferenceFacts(rates(snapshot.applyAsLong(InboxKind.RATES)),
                packages(snapshot.applyAsLong(InboxKind.PACKAGES)),
                clients(snapshot.applyAsLong(InboxKind.CLIENTS), snapshot.applyAsLong(InboxKind.ABSENCES)),
                contributions(snapshot.applyAsLong(InboxKind.CONTRIBUTIONS)),
                providers(snapshot.applyAsLong(InboxKind.PROVIDERS)));
    }

    public Rates rates() {
        return rates(snapshots.currentOrNone(InboxKind.RATES));
    }

    /** Every package of the current snapshot, in package_id order, with its source line. */
    public Map<String, Sourced<CarePackage>> packages() {
        return packages(snapshots.currentOrNone(InboxKind.PACKAGES));
    }

    private Rates rates(long snapshot) {
        return new Rates(jdbc.query("select provider_id, service_type, effective_from, unit_rate from rate"
                + " where file_id = ?", (rs, i) -> new FrameworkRate(rs.getString(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)), snapshot));
    }

    private Map<String, Sourced<CarePackage>> packages(long snapshot) {
        Map<String, Sourced<CarePackage>> packages = new LinkedHashMap<>();
        jdbc.query("""
                select p.*, f.path from package p join inbox_file f on f.id = p.origin_file_id
                where p.file_id = ? order by p.package_id collate "C\"""", rs -> {
            packages.put(rs.getString("package_id"), new Sourced<>(new CarePackage(rs.getString("package_id"),
                    rs.getString("client_id"), rs.getString("provider_id"), rs.getString("service_type"),
                    rs.getString("payment_basis"), rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class), rs.getBigDecimal("planned_units_per_week"),
                    rs.getBigDecimal("unit_rate"), rs.getInt("carers"), rs.getString("payment_method"),
                    rs.getString("funding"), rs.getInt("health_share_percent"), rs.getBoolean("chargeable")),
                    rs.getString("path"), rs.getInt("record_no")));
        }, snapshot);
        return packages;
    }

    private Map<String, ClientFacts> clients(long clientsSnapshot, long absencesSnapshot) {
        Map<String, List<HospitalStay>> stays = new HashMap<>();
        jdbc.query("select client_id, start_date, end_date from absence where file_id = ? and absence_type = 'HOSPITAL'",
                rs -> {
                    stays.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(new HospitalStay(
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                }, absencesSnapshot);
        Map<String, ClientFacts> clients = new HashMap<>();
        jdbc.query("select client_id, date_of_death from client where file_id = ?", rs -> {
            String id = rs.getString(1);
            clients.put(id, new ClientFacts(rs.getObject(2, LocalDate.class), stays.getOrDefault(id, List.of())));
        }, clientsSnapshot);
        return clients;
    }

    private Set<String> providers(long snapshot) {
        return new HashSet<>(jdbc.queryForList("select provider_id from provider where file_id = ?", String.class,
                snapshot));
    }

    private Map<String, ContributionHistory> contributions(long snapshot) {
        Map<String, List<Contribution>> rows = new HashMap<>();
        jdbc.query("select client_id, assessment_type, effective_from, effective_to, weekly_amount from contribution"
                + " where file_id = ?", rs -> {
            rows.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(new Contribution(rs.getString(2),
                    rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)));
        }, snapshot);
        Map<String, ContributionHistory> histories = new HashMap<>();
        rows.forEach((client, list) -> histories.put(client, new ContributionHistory(list)));
        return histories;
    }

}
