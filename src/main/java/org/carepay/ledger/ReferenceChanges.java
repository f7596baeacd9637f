package org.carepay.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carepay.ingest.format.InboxKind;
import org.carepay.valuation.Changes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What changed between the reference snapshots a released run read (its run_input) and the current ones,
 * entity by entity, with set-based SQL: a nightly snapshot that changed one client changes one client.
 */
@Repository
public class ReferenceChanges {

    /** The columns of each snapshot table that R2 and R3 read (the file and record columns are not data). */
    private static final String PACKAGE_COLUMNS = "package_id, client_id, provider_id, service_type, payment_basis,"
            + " payment_method, start_date, end_date, unit, planned_units_per_week, unit_rate, carers, funding,"
            + " health_share_percent, chargeable";

    private final JdbcTemplate jdbc;

    public ReferenceChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The input files a run recorded (summary.json's inputs). */
    public Set<Long> inputsOf(String runId) {
        return new HashSet<>(jdbc.queryForList("select file_id from run_input where run_id = ?", Long.class, runId));
    }

    /**
     * What changed since the run read the snapshots of these kinds, the ones its rules read (a change of a
     * kind not diffed here, PROVIDERS, changes no amount); everything when it did not read one that is current.
     */
    public Changes since(String runId, List<InboxKind> snapshots) {
        String[] kinds = snapshots.stream().map(InboxKind::name).toArray(String[]::new);
        Map<String, Long> before = new HashMap<>();
        jdbc.query("""
                select f.kind, f.id from run_input i join inbox_file f on f.id = i.file_id
                where i.run_id = ? and f.kind = any(?)""", rs -> {
            before.put(rs.getString(1), rs.getLong(2));
        }, runId, kinds);
        Map<String, Long> now = new HashMap<>();
        jdbc.query("""
                select distinct on (kind) kind, id from inbox_file where status = 'TAKEN_IN' and kind = any(?)
                order by kind, taken_in_seq desc""", rs -> {
            now.put(rs.getString(1), rs.getLong(2));
        }, (Object) kinds);
        if (!before.keySet().containsAll(now.keySet())) {
            return Changes.ALL;
        }
        Set<String> clients = new HashSet<>();
        diff(before, now, "CLIENTS", "client", "client_id, date_of_death").ifPresent(clients::addAll);
        diff(before, now, "ABSENCES", "absence", "client_id, absence_type, start_date, end_date").ifPresent(clients::addAll);
        diff(before, now, "CONTRIBUTIONS", "contribution",
                "client_id, assessment_type, effective_from, effective_to, weekly_amount").ifPresent(clients::addAll);
        Set<String> packages = new HashSet<>();
        Set<String> providers = new HashSet<>();
        Long oldPackages = before.get("PACKAGES");
        Long newPackages = now.get("PACKAGES");
        if (newPackages != null && !newPackages.equals(oldPackages)) {
            jdbc.query(symmetricDifference("package", PACKAGE_COLUMNS), rs -> {
                packages.add(rs.getString(1));
                clients.add(rs.getString(2)); // R3 values a client's packages together (NET contributions)
                providers.add(rs.getString(3));
            }, oldPackages, newPackages, newPackages, oldPackages);
        }
        Set<String> rates = new HashSet<>(diff(before, now, "RATES", "rate",
                "provider_id || '|' || service_type, effective_from, unit_rate").orElse(List.of()));
        return new Changes(clients, packages, providers, rates, false);
    }

    /** The first column's values of the rows that differ between the two snapshots of the kind; empty when the same. */
    private Optional<List<String>> diff(Map<String, Long> before, Map<String, Long> now, String kind, String table,
                                        String columns) {
        Long old = before.get(kind);
        Long current = now.get(kind);
        if (current == null || current.equals(old)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForList("select distinct k from (" + symmetricDifference(table, columns)
                + ") d(k)", String.class, old, current, current, old));
    }

    /** Rows of one snapshot that are not in the other, both ways: the first column is the key. */
    private static String symmetricDifference(String table, String columns) {
        return "(select " + columns + " from " + table + " where file_id = ? except select " + columns + " from "
                + table + " where file_id = ?) union all (select " + columns + " from " + table + " where file_id = ?"
                + " except select " + columns + " from " + table + " where file_id = ?)";
    }
}
