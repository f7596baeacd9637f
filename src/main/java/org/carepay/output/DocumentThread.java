package org.carepay.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Documents for people (a remittance's page, a client's statement) made on a thread of their own while the pass
 * over the ledger that gathers their rows goes on: the pass is one thread's work, and the machine has more cores
 * (issue #13). One document at most waits for the thread; when another comes meanwhile, the pass makes that one
 * itself, so the two share the work and memory holds a few documents' rows, never the run's.
 */
@Component
public class DocumentThread implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    DocumentThread() {
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setThreadNamePrefix("documents-");
        executor.initialize();
    }

    /** A document's making: rendered and written (into an {@link AtomicFileBatch}, which takes files from both). */
    @FunctionalInterface
    public interface Making {
        void run() throws IOException;
    }

    /** The documents of one pass, each made here or on the pass's own thread; {@link #finish} waits for them all. */
    public Documents documents() {
        return new Documents();
    }

    public final class Documents {

        private final List<Future<?>> made = new ArrayList<>();

        private Documents() {
        }

        public void make(Making making) {
            made.add(executor.submit(() -> {
                try {
                    making.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }

        /** Waits until every document is made; the first that failed fails the whole, once the others are done. */
        public void finish() throws IOException {
            RuntimeException failed = null;
            for (Future<?> document : made) {
                try {
                    document.get();
                } catch (ExecutionException e) {
                    failed = failed != null ? failed : e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while documents were made", e);
                }
            }
            made.clear();
            if (failed instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
