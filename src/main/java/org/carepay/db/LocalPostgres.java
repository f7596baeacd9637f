package org.carepay.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL 17 whose data lives in one folder (var/pg) and is kept between commands.
 * One command at a time owns it, through a lock file beside the folder: a second command that would
 * change data waits for the first; one that only reads or signals (status, stop) connects to the
 * server the owner is running. An owner that runs for long (the scheduler) serves: every command then
 * connects to its server, and the commands coordinate in the database as on any shared server. The owner
 * stops the server when it ends; a server left running by an owner that was killed is stopped by the next
 * owner before it starts its own.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(10);

    /** How a command uses the embedded database. */
    public enum Access {
        /** It changes data: it waits while another command owns the database, unless that one serves. */
        OWN,
        /** It only reads or signals: it uses the server of the command that owns the database. */
        SHARE,
        /** It owns the database for long and lets every other command use its server meanwhile. */
        SERVE
    }

    private final FileChannel lockChannel;
    private final EmbeddedPostgres server;
    private final int port;
    private final Path serving;

    private LocalPostgres(FileChannel lockChannel, EmbeddedPostgres server, int port, Path serving) {
        this.lockChannel = lockChannel;
        this.server = server;
        this.port = port;
        this.serving = serving;
    }

    /** @param waiting told once when this command has to wait for another one */
    public static LocalPostgres open(Path dataDir, Access access, Consumer<String> waiting) throws IOException {
        Path dir = realPath(dataDir.toAbsolutePath().normalize());
        FileChannel channel = FileChannel.open(dir.resolveSibling(dir.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        Path serving = dir.resolveSibling(dir.getFileName() + ".serving"); // there while its owner serves
        boolean told = false;
        FileLock lock;
        while ((lock = tryLock(channel)) == null) {
            if (access == Access.SHARE || Files.exists(serving)) {
                return new LocalPostgres(channel, null, runningPort(dir), null);
            }
            if (!told) {
                waiting.accept("waiting: another carepay command is using the database in " + dir);
                told = true;
            }
            pause();
        }
        Files.deleteIfExists(serving); // left by an owner that was killed
        stopOrphanedServer(dir);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(STARTUP)
                .setServerConfig("fsync", "on")
                // The embedded server's default is off (for tests): a commit could be lost when the server dies, after
                // a release's bank file was written. A commit here is on disk when the command is told so.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("log_error_verbosity", "terse") // no row values (personal data) in its log
                .setServerConfig("log_min_error_statement", "panic")
                // Closing the context stops it (after the pool): on SIGTERM a hook of its own would stop it under
                // a job that is still recording how it stopped. One a crash leaves running is stopped at the next
                // start (stopOrphanedServer).
                .setRegisterShutdownHook(false)
                .start();
        if (access == Access.SERVE) {
            Files.writeString(serving, Long.toString(ProcessHandle.current().pid()));
        }
        return new LocalPostgres(channel, server, server.getPort(), access == Access.SERVE ? serving : null);
    }

    /**
     * The folder as the file system knows it, links followed: two commands that reach it by different paths
     * take the same lock (its sibling .lock file) and share one server.
     */
    private static Path realPath(Path dir) throws IOException {
        if (Files.exists(dir)) {
            return dir.toRealPath();
        }
        Files.createDirectories(dir.getParent());
        return dir.getParent().toRealPath().resolve(dir.getFileName());
    }

    /** The lock, or null when another command holds it (in this JVM too, as in tests). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /**
     * Whether this command owns the database: then no other command is running on it, and an
     * execution still marked as running belongs to a process that is gone.
     */
    public boolean owned() {
        return server != null;
    }

    /** Whether no other command can be on the database: it owns it and does not serve it to others. */
    public boolean exclusive() {
        return owned() && serving == null;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The port in postmaster.pid (its fourth line) of the server the owning command runs. */
    private static int runningPort(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(pidFile)) {
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() >= 4 && !lines.get(3).isBlank()) {
                    return Integer.parseInt(lines.get(3).strip());
                }
            }
            pause();
        }
        throw new IOException("another carepay command holds " + dir + " but its database server did not start");
    }

    /**
     * A postmaster whose owner was killed (kill -9) keeps running; it must go before a new one starts. One that
     * does not shut down in time (a server whose backend was killed can hang in its crash recovery: found by
     * scripts/crash-test) is killed with every process it started; PostgreSQL recovers from its WAL at the next
     * start, as after a power cut.
     */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        ProcessHandle.of(pid).filter(p -> p.info().command().orElse("").contains("postgres")).ifPresent(p -> {
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy(); // SIGTERM: PostgreSQL's smart shutdown, its clients are gone already
            try {
                p.onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                p.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                p.onExit().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
            children.forEach(child -> child.onExit().join());
        });
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (serving != null) {
                Files.deleteIfExists(serving); // the commands that come now wait, or own it
            }
            if (server != null) {
                server.close();
            }
        } finally {
            lockChannel.close();
        }
    }
}
