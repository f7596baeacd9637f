package org.carepay.ingest;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An ingest is known by the id of its first job execution: a restart carries on under the same id,
 * so its exceptions land in the same out/ingest/ID folder as if it had never failed.
 */
@Component
class IngestIds {

    private final JdbcTemplate jdbc;

    IngestIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long of(ChunkContext context) {
        return of(context.getStepContext().getStepExecution().getJobExecution());
    }

    long of(JobExecution execution) {
        return jdbc.queryForObject("select min(job_execution_id) from batch_job_execution where job_instance_id = ?",
                Long.class, execution.getJobInstance().getInstanceId());
    }
}
