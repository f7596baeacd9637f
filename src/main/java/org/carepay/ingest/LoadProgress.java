package org.carepay.ingest;

import org.carepay.cli.Terminal;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/** Shows on a terminal how many lines the load step has written; nothing when output is not a terminal. */
@Component
class LoadProgress implements ChunkListener<RecordBlock, RecordBlock>, StepExecutionListener {

    private final Terminal terminal;
    private long lines;

    LoadProgress(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        lines = 0;
    }

    @Override
    public void afterChunk(Chunk<RecordBlock> chunk) {
        for (RecordBlock block : chunk) {
            lines += block.records().size();
        }
        terminal.progress(String.format("  loading lines: %,d", lines));
    }
}
