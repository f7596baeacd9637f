package org.carepay.ingest;

import org.carepay.cli.Terminal;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Shows on a terminal how far the load step has got: the files it has read of those the scan left pending, with
 * the percentage and the time left, and the lines written so far; nothing when output is not a terminal.
 */
@Component
class LoadProgress implements ChunkListener<RecordBlock, RecordBlock>, StepExecutionListener {

    private final Terminal terminal;
    private final InboxStore store;
    private final IngestIds ingestIds;
    private Terminal.Progress progress;
    private long lines;
    private long files;

    LoadProgress(Terminal terminal, InboxStore store, IngestIds ingestIds) {
        this.terminal = terminal;
        this.store = store;
        this.ingestIds = ingestIds;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        lines = 0;
        files = 0;
        progress = terminal.progress("loading", store.pending(ingestIds.of(stepExecution.getJobExecution())).size(),
                "files");
    }

    @Override
    public void afterChunk(Chunk<RecordBlock> chunk) {
        for (RecordBlock block : chunk) {
            lines += block.records().size();
            if (block.then() == null || block.then().id() != block.file().id()) {
                files++; // the block ends its file
            }
        }
        progress.at(files, String.format("%,d lines", lines));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        progress.close();
        return null;
    }
}
