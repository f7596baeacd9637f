package org.carepay.output;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads that force a batch of files to disk together ({@link AtomicFileBatch}): forcing is waiting on the
 * disk, not work for a core, and the file system joins concurrent flushes into shared journal commits, so 16
 * threads force 40,000 statements in about 2 s where one would take a minute. One executor for the process.
 */
@Component
public class FileForcing implements DisposableBean {

    private static final int THREADS = 16;

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    FileForcing() {
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setThreadNamePrefix("file-forcing-");
        executor.initialize();
    }

    /** A new batch of files, forced by these threads when it is committed. */
    public AtomicFileBatch batch() {
        return new AtomicFileBatch(executor);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
