package org.carepay.ingest;

import static org.carepay.ingest.format.InboxKind.BUDGETS;
import static org.carepay.ingest.format.InboxKind.CLIENTS;
import static org.carepay.ingest.format.InboxKind.CONTRIBUTIONS;
import static org.carepay.ingest.format.InboxKind.PACKAGES;
import static org.carepay.ingest.format.InboxKind.PROVIDERS;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.carepay.CarepayProperties;
import org.carepay.ingest.format.Column;
import org.carepay.ingest.format.InboxKind;
import org.carepay.reference.ReferenceSnapshots;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a loaded reference file the current snapshot of its kind (R1), set-based: refuses the rows
 * that break a rule across rows (a budget's year that does not start on the financial year's first day, as
 * INVALID_LINE; DUPLICATE_ID, UNKNOWN_CLIENT, UNKNOWN_PROVIDER, OVERLAPPING_CONTRIBUTION; in that order, each
 * row once), then lets every refused entity keep its row
 * from the previous snapshot. The snapshot is thereby whole: a run reads one snapshot per kind.
 */
@Component
class ReferencePublisher {

    private final JdbcTemplate jdbc;
    private final ReferenceSnapshots snapshots;
    private final MonthDay yearStart;

    ReferencePublisher(JdbcTemplate jdbc, ReferenceSnapshots snapshots, CarepayProperties properties) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.yearStart = properties.monitor().yearStart();
    }

    void publish(InboxFile file) {
        InboxKind kind = file.kind();
        jdbc.execute("analyze " + kind.table()); // fresh statistics after COPY, or the planner nests loops
        Long previous = snapshots.current(kind).orElse(null);
        if (kind == BUDGETS) { // formats.md: "a 1 April", the financial year's start (R10, a policy value)
            String day = yearStart.format(DateTimeFormatter.ofPattern("MM-dd"));
            refuse(file, "INVALID_LINE", "to_char(t.financial_year_start, 'MM-DD') <> '" + day + "'",
                    "'financial_year_start ' || t.financial_year_start || ' is not the start of a financial year ("
                            + yearStart.format(DateTimeFormatter.ofPattern("d MMMM", Locale.UK)) + ")'");
        }
        if (kind != CONTRIBUTIONS && kind != InboxKind.ABSENCES) {
            refuse(file, "DUPLICATE_ID", "t.ctid in (select ctid from (select ctid, row_number() over (partition by "
                    + key(kind, "o") + " order by o.record_no) n from " + kind.table() + " o where o.file_id = "
                    + file.id() + ") d where n > 1)",
                    "'an earlier row has the same " + String.join(", ", kind.keyColumns()) + "'");
        }
        if (kind == PACKAGES || kind == CONTRIBUTIONS || kind == InboxKind.ABSENCES) {
            refuseUnknown(file, "UNKNOWN_CLIENT", CLIENTS, "client_id");
        }
        if (kind == PACKAGES) {
            refuseUnknown(file, "UNKNOWN_PROVIDER", PROVIDERS, "provider_id");
        }
        if (kind == CONTRIBUTIONS) {
            // Sorted by start, a row overlaps an earlier one exactly when it starts before the latest end so far.
            refuse(file, "OVERLAPPING_CONTRIBUTION", "t.client_id in (select client_id from (select client_id,"
                    + " effective_from, max(coalesce(effective_to, 'infinity')) over (partition by client_id"
                    + " order by effective_from, record_no rows between unbounded preceding and 1 preceding) latest_end"
                    + " from contribution where file_id = " + file.id() + ") c where effective_from <= latest_end)",
                    "'two contribution rows of this client overlap'");
        }
        if (previous != null) {
            keepPreviousRows(file, previous);
        }
    }

    /**
     * An anti-join the planner runs in linear time at any size (issue #13): {@code not in (select …)} ran as a
     * nested loop once the subquery no longer fitted work_mem (17 minutes at 384,000 clients). The column is never
     * empty (required in every kind that names it), so the two mean the same.
     */
    private void refuseUnknown(InboxFile file, String code, InboxKind reference, String column) {
        long snapshot = snapshots.currentOrNone(reference);
        refuse(file, code, "not exists (select 1 from " + reference.table() + " r where r.file_id = " + snapshot
                + " and r." + column + " = t." + column + ")", "'" + column + " ' || t." + column + " || ' is not in "
                + reference.name().toLowerCase() + ".csv'");
    }

    /** Deletes the file's own rows that match, and records each as refused with its entity's key. */
    private void refuse(InboxFile file, String code, String condition, String detail) {
        InboxKind kind = file.kind();
        String entityKey = code.equals("OVERLAPPING_CONTRIBUTION") ? "t.client_id" : key(kind, "t");
        jdbc.update("with refused as (delete from " + kind.table() + " t where t.file_id = ? and t.origin_file_id = ?"
                + " and " + condition + " returning t.record_no, " + idColumn(kind, "provider_id") + " provider_id, "
                + idColumn(kind, "client_id") + " client_id, " + idColumn(kind, "package_id") + " package_id, "
                + detail + " detail, " + entityKey + " entity_key)"
                + " insert into ingest_exception (ingest_id, file_id, record_no, code, severity, provider_id,"
                + " client_id, package_id, detail, entity_key)"
                + " select ?, ?, record_no, ?, 'REFUSED', provider_id, client_id, package_id, detail, entity_key"
                + " from refused", file.id(), file.id(), file.ingestId(), file.id(), code);
    }

    /**
     * R1: a refused entity keeps its row from the previous snapshot, unless the new snapshot already
     * has that entity; a contribution is not carried over a period the client's new rows cover, and a
     * client whose rows overlap keeps all the rows it had.
     */
    private void keepPreviousRows(InboxFile file, long previous) {
        InboxKind kind = file.kind();
        String columns = kind.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        String refusedKeys = "select entity_key from ingest_exception where file_id = " + file.id()
                + " and severity = 'REFUSED' and entity_key is not null";
        String wanted = key(kind, "p") + " in (" + refusedKeys + ")";
        String notTaken = "not exists (select 1 from " + kind.table() + " n where n.file_id = " + file.id()
                + " and " + key(kind, "n") + " = " + key(kind, "p") + ")";
        if (kind == CONTRIBUTIONS) {
            wanted = "(" + wanted + " or p.client_id in (" + refusedKeys + " and code = 'OVERLAPPING_CONTRIBUTION'))";
            notTaken = "not exists (select 1 from contribution n where n.file_id = " + file.id()
                    + " and n.client_id = p.client_id and " + overlap("n", "p") + ")";
        }
        jdbc.update("insert into " + kind.table() + " (file_id, origin_file_id, record_no, " + columns + ")"
                + " select ?, p.origin_file_id, p.record_no, " + prefixed(kind, "p") + " from " + kind.table() + " p"
                + " where p.file_id = ? and " + wanted + " and " + notTaken, file.id(), previous);
    }

    private static String overlap(String a, String b) {
        return a + ".effective_from <= coalesce(" + b + ".effective_to, 'infinity') and " + b
                + ".effective_from <= coalesce(" + a + ".effective_to, 'infinity')";
    }

    /** The entity key as text, as the processor builds it from a refused line's values. */
    static String key(InboxKind kind, String alias) {
        List<String> parts = kind.keyColumns().stream().map(c -> alias + "." + c + "::text").toList();
        return "concat_ws('|', " + String.join(", ", parts) + ")";
    }

    private static String idColumn(InboxKind kind, String column) {
        return kind.columns().stream().anyMatch(c -> c.name().equals(column)) ? "t." + column : "null::text";
    }

    private static String prefixed(InboxKind kind, String alias) {
        return kind.columns().stream().map(c -> alias + "." + c.name()).collect(Collectors.joining(", "));
    }
}
