package org.carepay.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.carepay.ingest.format.Column;
import org.carepay.ingest.format.InboxKind;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk of lines with COPY into their kinds' tables, and its INVALID_LINE exceptions, on
 * the chunk's own connection and transaction: a chunk is written whole or not at all. The rows stay
 * invisible to every run until their file is published.
 */
class InboxLineWriter implements ItemWriter<LoadItem> {

    private final DataSource dataSource;
    private final InboxStore store;

    InboxLineWriter(DataSource dataSource, InboxStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends LoadItem> chunk) throws SQLException {
        Map<InboxKind, CopyBuffer> rows = new LinkedHashMap<>();
        List<IngestException> refusals = new ArrayList<>();
        long ingestId = 0;
        for (LoadItem item : chunk) {
            ingestId = item.file().ingestId();
            if (item.refusal() != null) {
                refusals.add(item.refusal());
            } else {
                append(rows.computeIfAbsent(item.file().kind(), k -> new CopyBuffer()), item);
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        for (Map.Entry<InboxKind, CopyBuffer> table : rows.entrySet()) {
            copy(connection, table.getKey(), table.getValue());
        }
        if (!refusals.isEmpty()) {
            store.addAll(ingestId, refusals);
        }
    }

    private static void append(CopyBuffer buffer, LoadItem item) {
        buffer.field(item.file().id());
        buffer.tab();
        if (item.file().kind().isReference()) {
            buffer.field(item.file().id()); // origin_file_id: the row comes from this snapshot's own file
            buffer.tab();
        }
        buffer.field(item.recordNo());
        for (String value : item.line().values()) {
            buffer.tab();
            buffer.field(value);
        }
        buffer.endRow();
    }

    private static void copy(Connection connection, InboxKind kind, CopyBuffer buffer) throws SQLException {
        byte[] bytes = buffer.bytes();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql(kind));
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    static String copySql(InboxKind kind) {
        List<String> columns = new ArrayList<>();
        columns.add("file_id");
        if (kind.isReference()) {
            columns.add("origin_file_id");
        }
        columns.add("record_no");
        kind.columns().stream().map(Column::name).forEach(columns::add);
        return "copy " + kind.table() + " (" + String.join(", ", columns) + ") from stdin";
    }
}
