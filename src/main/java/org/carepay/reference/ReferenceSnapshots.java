package org.carepay.reference;

import java.util.Optional;

import org.carepay.ingest.format.InboxKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which reference snapshot counts now: for each kind, the file taken in last. */
@Component
public class ReferenceSnapshots {

    private final JdbcTemplate jdbc;

    public ReferenceSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> current(InboxKind kind) {
        return jdbc.queryForList("""
                select id from inbox_file where kind = ? and status = 'TAKEN_IN'
                order by taken_in_seq desc limit 1""", Long.class, kind.name()).stream().findFirst();
    }

    /** The current snapshot's id, or -1 (which no row has) when none was ever taken in. */
    public long currentOrNone(InboxKind kind) {
        return current(kind).orElse(-1L);
    }
}
