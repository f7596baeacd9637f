package org.carepay.payments.homecare;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes rated returns to the run's ledger in the chunk's transaction: their lines and exceptions with COPY,
 * then R2's code 1, the lines ingest refused INVALID_LINE, listed by the run that would have paid them.
 */
class ReturnRowsWriter implements ItemWriter<ReturnRows> {

    private final String runId;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final RatingProgress progress;

    ReturnRowsWriter(String runId, JdbcTemplate jdbc, DataSource dataSource, RatingProgress progress) {
        this.runId = runId;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends ReturnRows> chunk) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        for (ReturnRows rated : chunk) {
            rated.rows().flush(connection);
            jdbc.update("""
                    insert into run_exception (run_id, code, severity, provider_id, client_id, package_id, source_path,
                      source_record, service_date, detail)
                    select ?, code, severity, coalesce(provider_id, ?), client_id, package_id, ?, record_no,
                           service_date, detail
                    from ingest_exception where file_id = ? and code = 'INVALID_LINE'""",
                    runId, rated.file().providerId(), rated.file().path(), rated.file().id());
        }
        progress.rated(chunk.size());
    }
}
