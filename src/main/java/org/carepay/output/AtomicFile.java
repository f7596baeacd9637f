package org.carepay.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: into a temporary name beside it, forced to disk, then renamed
 * over the final name in one atomic step. A crash leaves the old file or the new one, never half.
 */
public final class AtomicFile {

    /** The buffer of a file streamed from a query or a pass over the ledger. */
    static final int BUFFER = 1 << 16;

    private AtomicFile() {
    }

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        writeTemporary(target, content);
        commit(target);
    }

    /** The first half of a write: the content under the temporary name, not yet forced to disk. */
    private static void writeTemporary(Path target, Content content) throws IOException {
        try (OutputStream out = openTemporary(target, BUFFER)) {
            content.writeTo(out);
        }
    }

    /** The temporary file of a write, for a writer that streams into it; {@link #commit} once it is closed. */
    static OutputStream openTemporary(Path target, int buffer) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        return new BufferedOutputStream(Files.newOutputStream(temporary(target)), buffer);
    }

    /** The second half: the temporary file forced to disk, then renamed over the target. */
    static void commit(Path target) throws IOException {
        Path temporary = temporary(target);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Whether a file is a temporary one that a crash left beside its target (not an output). */
    public static boolean isTemporary(Path file) {
        return file.getFileName().toString().endsWith(".tmp");
    }

    private static Path temporary(Path target) {
        return target.resolveSibling(target.getFileName() + ".tmp");
    }
}
