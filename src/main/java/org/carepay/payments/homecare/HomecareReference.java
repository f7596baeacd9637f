package org.carepay.payments.homecare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carepay.ingest.format.InboxKind;
import org.carepay.reference.ReferenceSnapshots;
import org.carepay.rules.CarePackage;
import org.carepay.rules.ClientFacts;
import org.carepay.rules.FrameworkRate;
import org.carepay.rules.HospitalStay;
import org.carepay.rules.Rates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reference data a homecare run rates with, read once per run from the current snapshots:
 * packages, rates, and for each client the date of death and hospital stays.
 */
@Component
class HomecareReference {

    private final JdbcTemplate jdbc;
    private final ReferenceSnapshots snapshots;

    HomecareReference(JdbcTemplate jdbc, ReferenceSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    Data load() {
        return new Data(rates(), packages(), clients());
    }

    /** The snapshots it read, for the run's inputs. */
    List<Long> snapshotIds() {
        List<Long> ids = new ArrayList<>();
        for (InboxKind kind : List.of(InboxKind.CLIENTS, InboxKind.PROVIDERS, InboxKind.RATES, InboxKind.PACKAGES,
                InboxKind.ABSENCES)) {
            snapshots.current(kind).ifPresent(ids::add);
        }
        return ids;
    }

    private Rates rates() {
        return new Rates(jdbc.query("select provider_id, service_type, effective_from, unit_rate from rate"
                + " where file_id = ?", (rs, i) -> new FrameworkRate(rs.getString(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)), snapshots.currentOrNone(InboxKind.RATES)));
    }

    private Map<String, CarePackage> packages() {
        Map<String, CarePackage> packages = new HashMap<>();
        jdbc.query("select * from package where file_id = ?", rs -> {
            packages.put(rs.getString("package_id"), new CarePackage(rs.getString("package_id"),
                    rs.getString("client_id"), rs.getString("provider_id"), rs.getString("service_type"),
                    rs.getString("payment_basis"), rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class), rs.getBigDecimal("planned_units_per_week"),
                    rs.getBigDecimal("unit_rate"), rs.getInt("carers")));
        }, snapshots.currentOrNone(InboxKind.PACKAGES));
        return packages;
    }

    private Map<String, ClientFacts> clients() {
        Map<String, List<HospitalStay>> stays = new HashMap<>();
        jdbc.query("select client_id, start_date, end_date from absence where file_id = ? and absence_type = 'HOSPITAL'",
                rs -> {
                    stays.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(new HospitalStay(
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                }, snapshots.currentOrNone(InboxKind.ABSENCES));
        Map<String, ClientFacts> clients = new HashMap<>();
        jdbc.query("select client_id, date_of_death from client where file_id = ?", rs -> {
            String id = rs.getString(1);
            clients.put(id, new ClientFacts(rs.getObject(2, LocalDate.class), stays.getOrDefault(id, List.of())));
        }, snapshots.currentOrNone(InboxKind.CLIENTS));
        return clients;
    }

    record Data(Rates rates, Map<String, CarePackage> packages, Map<String, ClientFacts> clients) {
    }
}
