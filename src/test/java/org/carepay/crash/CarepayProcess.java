package org.carepay.crash;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-cp", classpath(),
                "org.carepay.cli.CarepayCli"));
        command.addAll(words);
        Path printed = Files.createDirectories(council.folder().resolve("var/printed"));
        Path output = Files.createTempFile(printed, words.get(0) + "-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(council.folder().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CAREPAY_"));
        env.putAll(council.environment(inbox));
        Process process = builder.start();
        process.getOutputStream().close(); // no terminal: no progress bars
        return new CarepayProcess(process, output);
    }

    /** The application's classpath: the test's, without the test classes and their configuration. */
    private static String classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
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
