package org.carepay.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carepay.CarepayProperties;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What an ingest took in and refused, in a few lines for the operator's terminal. */
@Component
public class IngestSummary {

    private final JdbcTemplate jdbc;
    private final IngestIds ingestIds;
    private final CarepayProperties properties;

    IngestSummary(JdbcTemplate jdbc, IngestIds ingestIds, CarepayProperties properties) {
        this.jdbc = jdbc;
        this.ingestIds = ingestIds;
        this.properties = properties;
    }

    public List<String> lines(JobExecution execution) {
        long ingestId = ingestIds.of(execution);
        List<String> lines = new ArrayList<>();
        lines.add("ingest " + ingestId + ": " + count("select count(*) from inbox_file where ingest_id = ?", ingestId)
                + " file(s) in the inbox");
        lines.add("  taken in:  " + jdbc.queryForObject("""
                select count(*) || ' file(s), ' || coalesce(sum(line_count), 0) || ' line(s), '
                       || coalesce(sum(refused_count), 0) || ' line(s) refused'
                from inbox_file where ingest_id = ? and status = 'TAKEN_IN'""", String.class, ingestId));
        jdbc.query("""
                select path, reject_code from inbox_file where ingest_id = ? and status = 'REJECTED' order by seq""",
                rs -> {
                    lines.add("  rejected:  " + rs.getString("path") + " " + rs.getString("reject_code"));
                }, ingestId);
        jdbc.query("select path from inbox_file where ingest_id = ? and status = 'GONE' order by seq", rs -> {
            lines.add("  gone:      " + rs.getString("path") + " left the inbox before it was read: nothing of it is"
                    + " taken in; the next ingest that finds it takes it in");
        }, ingestId);
        lines.add("  unchanged: " + count("select count(*) from inbox_file where ingest_id = ? and status = 'SKIPPED'",
                ingestId) + " file(s) already taken in before (ALREADY_INGESTED)");
        String codes = jdbc.queryForObject("""
                select coalesce(string_agg(code || ' ' || n, ', ' order by code), 'none') from (
                  select code, count(*) n from ingest_exception where ingest_id = ? and record_no is not null
                  group by code) c""", String.class, ingestId);
        lines.add("  refused lines by code: " + codes);
        Path file = WriteIngestExceptionsTasklet.exceptionsFile(properties.out(), ingestId);
        lines.add("  exceptions: " + file);
        return lines;
    }

    private long count(String sql, long ingestId) {
        return jdbc.queryForObject(sql, Long.class, ingestId);
    }
}
