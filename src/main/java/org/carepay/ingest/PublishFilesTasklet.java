package org.carepay.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carepay.ingest.ReturnPublisher.Rejection;
import org.carepay.ingest.format.InboxKind;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Step 3 of an ingest: publishes the loaded files in the ingest order, a few in one transaction (one call of this tasklet), so that a file becomes visible whole or not at all and
 * a restart carries on with the first file not yet published. Publishing in order is what makes a
 * later return replace an earlier one, and lets packages be checked against this ingest's clients.
 */
class PublishFilesTasklet implements Tasklet {

    private final InboxStore store;
    private final IngestIds ingestIds;
    private final ReferencePublisher references;
    private final ReturnPublisher returns;
    private final JdbcTemplate jdbc;
    private final int filesPerCommit;

    PublishFilesTasklet(InboxStore store, IngestIds ingestIds, ReferencePublisher references,
                        ReturnPublisher returns, JdbcTemplate jdbc, int filesPerCommit) {
        this.store = store;
        this.ingestIds = ingestIds;
        this.references = references;
        this.returns = returns;
        this.jdbc = jdbc;
        this.filesPerCommit = filesPerCommit;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<InboxFile> pending = store.pending(ingestIds.of(chunkContext));
        if (pending.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        List<InboxFile> batch = pending.subList(0, Math.min(filesPerCommit, pending.size()));
        // One publisher at a time decides which copy of the same bytes counts (two ingests may interleave).
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('carepay.publish'))");
        batch.forEach(this::publish);
        contribution.incrementWriteCount(batch.size());
        if (pending.size() > batch.size()) {
            return RepeatStatus.CONTINUABLE;
        }
        // Fresh statistics once the week's visits are in: the runs' queries join them by file (issue #13).
        jdbc.execute("analyze visit, return_week, invoice_line, payment_request, isf_spend, dp_invoice");
        return RepeatStatus.FINISHED;
    }

    private void publish(InboxFile file) {
        Optional<InboxStore.PriorFile> prior = store.priorWith(file.sha256());
        if (prior.isPresent()) {
            store.forgetLines(file);
            Verdicts.repeat(store, file, prior.get());
            return;
        }
        Map<String, Integer> lines = store.lineCounts(file);
        int lineCount = lines.values().stream().mapToInt(Integer::intValue).sum();
        Optional<Rejection> rejection = Optional.empty();
        if (file.kind().isReference()) {
            references.publish(file);
            store.takeIn(file, lineCount, null);
        } else if (file.kind() == InboxKind.RETURN) {
            rejection = returns.publish(file, lineCount, lines.keySet());
        } else {
            store.takeIn(file, lineCount, null);
        }
        rejection.ifPresent(r -> {
            store.forgetLines(file);
            store.reject(file, r.code(), r.providerId(), r.detail());
        });
    }

}
