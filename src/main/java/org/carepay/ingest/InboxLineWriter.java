package org.carepay.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.carepay.ingest.format.LineParser;
import org.carepay.ingest.format.ParsedLine;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Checks each record of a chunk on its own (LineParser) and streams the good lines with COPY into
 * their kinds' tables, the INVALID_LINE exceptions and the line counts beside them, all on the chunk's
 * own connection and transaction: a chunk is written whole or not at all. The rows stay invisible to
 * every run until their file is published.
 */
class InboxLineWriter implements ItemWriter<RecordBlock> {

    private final DataSource dataSource;
    private final InboxStore store;

    InboxLineWriter(DataSource dataSource, InboxStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends RecordBlock> chunk) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        List<IngestException> refusals = new ArrayList<>();
        LineCounts counts = new LineCounts();
        CopyStream copy = null;
        try {
            for (RecordBlock block : chunk) {
                InboxFile file = block.file();
                if (copy == null || copy.kind() != file.kind()) {
                    if (copy != null) {
                        copy.finish();
                    }
                    copy = new CopyStream(connection, file.kind());
                }
                for (RecordBlock.Record record : block.records()) {
                    ParsedLine parsed = record.unreadable() == null ? LineParser.parse(file.kind(), record.values())
                            : null;
                    if (parsed != null && !parsed.isRefused()) {
                        copy.add(file, record.recordNo(), parsed.line());
                        counts.add(file, InboxLines.returnKey(parsed.line()));
                    } else {
                        String reason = parsed == null ? record.unreadable() : parsed.refusal();
                        IngestException refusal = InboxLines.refusal(file, record, reason);
                        refusals.add(refusal);
                        counts.add(file, InboxLines.returnKey(file, refusal));
                    }
                }
            }
            if (copy != null) {
                copy.finish();
            }
        } catch (SQLException | RuntimeException e) {
            if (copy != null) {
                copy.cancel();
            }
            throw e;
        }
        long ingestId = chunk.getItems().get(0).file().ingestId();
        store.addAll(ingestId, refusals);
        store.addLineCounts(counts);
    }
}
