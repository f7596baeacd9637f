package org.carepay.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carepay.support.CarepayJvm;

/**
 * One {@code carepay} command in a JVM of its own, as an operator's shell would start it: the test's classpath,
 * the council's configuration in the environment, an embedded PostgreSQL in the council's folder. It can be
 * killed as a machine would kill it: the JVM with SIGKILL, the database server, or one of its backends.
 */
final class CarepayProcess {

    /** A command that takes this long is stuck, which is a failure of its own. */
    private static final long TIMEOUT_SECONDS = 180;

    private final Process process;
    private final Path output;
    private final long started = System.nanoTime();

    private CarepayProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static CarepayProcess start(Council council, String inbox, List<String> words) throws IOException {
        Path printed = Files.createDirectories(council.folder().resolve("var/printed"));
        Path output = Files.createTempFile(printed, words.get(0) + "-", ".txt");
        Process process = CarepayJvm.command(council.environment(inbox), words).directory(council.folder().toFile())
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close(); // no terminal: no progress bars
        return new CarepayProcess(process, output);
    }

    /** Its exit code, once it has ended. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("a carepay command did not end within " + TIMEOUT_SECONDS + " s");
        }
        return process.exitValue();
    }

    /** Past the time any command may take (exitCode() then fails). */
    boolean overdue() {
        return age() > TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Milliseconds since it started. */
    long age() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** What it printed (standard output and error together). */
    String printed() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** SIGTERM, as a service manager stops a service. */
    void terminate() {
        process.destroy();
    }

    void killJvm() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL
        process.waitFor();
    }
}
