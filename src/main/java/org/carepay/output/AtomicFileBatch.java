package org.carepay.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Many small files, each written whole or not at all like an {@link AtomicFile}, but forced to disk
 * together: every file is first written under a temporary name, then {@link #commit} forces them on
 * several threads ({@link FileForcing}: the file system joins concurrent flushes into shared journal commits: measured 0.2 ms a
 * file, against 1.6 ms forcing each as it is written) and renames each over its final name. A crash before
 * the commit leaves the temporary files and the old final ones. Files may be written from several threads (a
 * pass and its {@link DocumentThread}); the commit comes once they are all written.
 */
public final class AtomicFileBatch {

    /** A page is written whole: a large buffer for each of 40,000 statements was most of their allocation. */
    private static final int SMALL = 8 << 10;

    private final List<Path> targets = new ArrayList<>();
    private final AsyncTaskExecutor forcing;

    AtomicFileBatch(AsyncTaskExecutor forcing) {
        this.forcing = forcing;
    }

    public void write(Path target, AtomicFile.Content content) throws IOException {
        try (OutputStream out = open(target, SMALL)) {
            content.writeTo(out);
        }
    }

    /** A file to stream into, under its temporary name until the commit; close it before then. */
    public OutputStream open(Path target) throws IOException {
        return open(target, AtomicFile.BUFFER);
    }

    private OutputStream open(Path target, int buffer) throws IOException {
        OutputStream out = AtomicFile.openTemporary(target, buffer);
        synchronized (targets) { // documents are written from two threads (DocumentThread)
            targets.add(target);
        }
        return out;
    }

    /** Forces every file written to disk, then gives each its final name. */
    public void commit() throws IOException {
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path target : targets) {
                done.add(forcing.submit(() -> forceAndRename(target)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forcing files to disk", e);
        }
        targets.clear();
    }

    private static void forceAndRename(Path target) {
        try {
            AtomicFile.commit(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
