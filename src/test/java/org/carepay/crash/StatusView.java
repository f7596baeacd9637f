package org.carepay.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an operator reads in {@code carepay status}: the runs' states, the executions, and what to restart. */
final class StatusView {

    private static final Pattern RUN = Pattern.compile(
            "^ {2}(\\S+)\\s+(PROPOSING|PROPOSED|APPROVED|RELEASED|SUPERSEDED)\\s+started by.*");
    private static final Pattern EXECUTION = Pattern.compile("^ {2}(\\d+)\\s+(\\S+)\\s+([A-Z]+)\\s+started .*");
    private static final Pattern RESTART = Pattern.compile(".*(?:carry on with|restart with): carepay restart execution=(\\d+).*");

    record Execution(long id, String job, String status) {
    }

    private final Map<String, String> runs = new HashMap<>();
    private final List<Execution> executions = new ArrayList<>(); // newest first
    private final List<Long> toRestart = new ArrayList<>(); // newest first

    StatusView(String printed) {
        for (String line : printed.lines().toList()) {
            Matcher run = RUN.matcher(line);
            Matcher execution = EXECUTION.matcher(line);
            Matcher restart = RESTART.matcher(line);
            if (run.matches()) {
                runs.put(run.group(1), run.group(2));
            } else if (execution.matches()) {
                executions.add(new Execution(Long.parseLong(execution.group(1)), execution.group(2), execution.group(3)));
            } else if (restart.matches()) {
                toRestart.add(Long.parseLong(restart.group(1)));
            }
        }
    }

    String runStatus(String runId) {
        return runs.getOrDefault(runId, "NONE");
    }

    Optional<Execution> newest(String job) {
        return executions.stream().filter(e -> e.job().equals(job)).findFirst();
    }

    /** The newest execution status tells the operator to restart. */
    Optional<Long> toRestart() {
        return toRestart.stream().findFirst();
    }

    long newestExecution() {
        return executions.stream().mapToLong(Execution::id).max().orElse(0);
    }
}
