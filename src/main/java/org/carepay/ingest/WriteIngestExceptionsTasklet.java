package org.carepay.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.carepay.output.CsvOutput;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Step 4 of an ingest: out/ingest/ID/exceptions.csv, everything the ingest refused or noted, sorted
 * by provider_id, source (path as text, then record as a number) and code. Written atomically, so
 * rerunning the step replaces the file with the same bytes.
 */
class WriteIngestExceptionsTasklet implements Tasklet {

    static final List<String> HEADER = List.of("run_id", "code", "severity", "provider_id", "client_id",
            "package_id", "source", "service_date", "detail", "amount_not_paid");
    private static final CsvOutput CSV = new CsvOutput(HEADER,
            Set.of("run_id", "provider_id", "client_id", "package_id", "source", "detail"));

    private final JdbcTemplate jdbc;
    private final IngestIds ingestIds;
    private final Path out;

    WriteIngestExceptionsTasklet(JdbcTemplate jdbc, IngestIds ingestIds, Path out) {
        this.jdbc = jdbc;
        this.ingestIds = ingestIds;
        this.out = out;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long ingestId = ingestIds.of(chunkContext);
        List<List<Object>> rows = jdbc.query("""
                select e.code, e.severity, e.provider_id, e.client_id, e.package_id,
                       f.path || coalesce(':' || e.record_no, '') source, e.service_date, e.detail
                from ingest_exception e join inbox_file f on f.id = e.file_id
                where e.ingest_id = ?
                order by coalesce(e.provider_id, '') collate "C", f.path collate "C", e.record_no nulls first,
                         e.code collate "C", e.id""", (rs, i) -> Arrays.asList(String.valueOf(ingestId),
                rs.getString("code"), rs.getString("severity"), rs.getString("provider_id"),
                rs.getString("client_id"), rs.getString("package_id"), rs.getString("source"),
                rs.getString("service_date"), rs.getString("detail"), null), ingestId);
        CSV.write(exceptionsFile(out, ingestId), rows);
        return RepeatStatus.FINISHED;
    }

    static Path exceptionsFile(Path out, long ingestId) {
        return out.resolve("ingest").resolve(Long.toString(ingestId)).resolve("exceptions.csv");
    }
}
