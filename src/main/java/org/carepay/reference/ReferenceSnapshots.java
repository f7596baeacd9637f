package org.carepay.reference;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.carepay.ingest.format.InboxKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which reference snapshot counts now: for each kind, the file taken in last. */
@Component
public class ReferenceSnapshots {

    /** The id of no snapshot: a kind never taken in reads as empty. */
    public static final long NONE = -1;

    private final JdbcTemplate jdbc;

    public ReferenceSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> current(InboxKind kind) {
        return jdbc.queryForList("""
                select id from inbox_file where kind = ? and status = 'TAKEN_IN'
                order by taken_in_seq desc limit 1""", Long.class, kind.name()).stream().findFirst();
    }

    /**
     * The snapshot of each kind among these input files of a run ({@link #NONE} for a kind it did not read):
     * what that run read.
     */
    public ToLongFunction<InboxKind> among(Collection<Long> inputs) {
        Map<InboxKind, Long> ids = new EnumMap<>(InboxKind.class);
        jdbc.query("select kind, max(id) from inbox_file where id = any(?) group by kind", rs -> {
            ids.put(InboxKind.valueOf(rs.getString(1)), rs.getLong(2));
        }, (Object) inputs.toArray(Long[]::new));
        return kind -> ids.getOrDefault(kind, NONE);
    }

    /** The current snapshot's id, or -1 (which no row has) when none was ever taken in. */
    public long currentOrNone(InboxKind kind) {
        return current(kind).orElse(NONE);
    }
}
