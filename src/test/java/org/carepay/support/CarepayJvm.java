package org.carepay.support;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@code carepay} command in a JVM of its own, as an operator's shell would start it: the test's classpath
 * without the test classes and their configuration, and only the CAREPAY_ settings given.
 */
public final class CarepayJvm {

    private CarepayJvm() {
    }

    public static ProcessBuilder command(Map<String, String> settings, List<String> words) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-cp", classpath(),
                "org.carepay.cli.CarepayCli"));
        command.addAll(words);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("CAREPAY_"));
        builder.environment().putAll(settings);
        return builder;
    }

    private static String classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
