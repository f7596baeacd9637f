package org.carepay.payments.homecare;

import java.util.concurrent.atomic.AtomicLong;

import org.carepay.cli.Terminal;
import org.carepay.ledger.RunLedger;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The rating's progress bar, in returns: opened while the partitioned step runs in this process, moved on by
 * the parts this process rates (a worker process shows none).
 */
@Component
class RatingProgress implements StepExecutionListener {

    private final Terminal terminal;
    private final RunLedger ledger;
    private final AtomicLong rated = new AtomicLong();
    private volatile Terminal.Progress bar;

    RatingProgress(Terminal terminal, RunLedger ledger) {
        this.terminal = terminal;
        this.ledger = ledger;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        String runId = stepExecution.getJobExecution().getJobParameters().getString("run_id");
        rated.set(0);
        bar = terminal.progress("rating", ledger.returnInputs(runId), "returns");
    }

    void rated(int returns) {
        Terminal.Progress current = bar;
        if (current != null) {
            current.at(rated.addAndGet(returns), "");
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Terminal.Progress current = bar;
        bar = null;
        if (current != null) {
            current.close();
        }
        return null;
    }
}
