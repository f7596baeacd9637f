package org.carepay.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the files of jobs/ (operations.md): each one job, its command, schedule (cron with seconds, and its
 * zone), default parameters and runbook. Anything it cannot use is refused with the file and the line.
 */
public final class JobFiles {

    private static final Set<String> KEYS = Set.of("job", "command", "schedule", "parameters", "runbook");

    private JobFiles() {
    }

    /** Every *.yml of the folder, by file name. */
    public static List<JobFile> read(Path folder) throws IOException, JobFileException {
        List<JobFile> jobs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                jobs.add(read(file, folder.relativize(file).toString()));
            }
        }
        return jobs;
    }

    static JobFile read(Path path, String name) throws IOException, JobFileException {
        Node root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = new Yaml().compose(reader);
        } catch (MarkedYAMLException e) {
            throw new JobFileException(name, e.getProblemMark().getLine() + 1, "not YAML: " + e.getProblem());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new JobFileException(name, 1, "a job file is a mapping of job, command, schedule, parameters, runbook");
        }
        Map<String, NodeTuple> entries = entries(name, mapping, KEYS);
        String job = scalar(name, entries, "job", mapping);
        String command = scalar(name, entries, "command", mapping);
        Node commandNode = entries.get("command").getValueNode();
        List<String> words = new ArrayList<>(Arrays.asList(command.strip().split("\\s+")));
        if (words.isEmpty() || !words.remove(0).equals("carepay") || words.isEmpty()) {
            throw new JobFileException(name, line(commandNode), "command is not 'carepay COMMAND [name=value ...]'");
        }
        MappingNode schedule = mapping(name, entries, "schedule", mapping);
        Map<String, NodeTuple> scheduleEntries = entries(name, schedule, Set.of("cron", "zone"));
        String cron = scalar(name, scheduleEntries, "cron", schedule);
        CronExpression expression;
        try {
            expression = CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            throw new JobFileException(name, line(scheduleEntries.get("cron").getValueNode()), "cron '" + cron
                    + "' is not a cron expression of six fields (second minute hour day month weekday): "
                    + e.getMessage());
        }
        String zoneName = scalar(name, scheduleEntries, "zone", schedule);
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            throw new JobFileException(name, line(scheduleEntries.get("zone").getValueNode()), "zone '" + zoneName
                    + "' is not a time zone (Europe/London)");
        }
        Map<String, String> parameters = parameters(name, entries.get("parameters"), words);
        return new JobFile(name, job, List.copyOf(words), expression, zone, parameters);
    }

    /** The defaults, each one a placeholder of the command uses and a rule {@link FireParameters} knows. */
    private static Map<String, String> parameters(String name, NodeTuple tuple, List<String> words)
            throws JobFileException {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (tuple == null) {
            return parameters;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            throw new JobFileException(name, line(tuple.getValueNode()), "parameters is a mapping of name: default");
        }
        for (NodeTuple parameter : mapping.getValue()) {
            String key = text(name, parameter.getKeyNode());
            String value = text(name, parameter.getValueNode());
            if (!FireParameters.knows(value)) {
                throw new JobFileException(name, line(parameter.getValueNode()), "parameter " + key + ": '" + value
                        + "' is not a default the scheduler knows (" + String.join(", ", FireParameters.RULES) + ")");
            }
            if (words.stream().noneMatch(word -> word.contains("<" + key + ">"))) {
                throw new JobFileException(name, line(parameter.getKeyNode()), "parameter " + key
                        + " is not used by the command (as <" + key + ">)");
            }
            parameters.put(key, value);
        }
        for (String word : words) {
            int open = word.indexOf('<');
            if (open >= 0 && !parameters.containsKey(word.substring(open + 1, word.indexOf('>', open)))) {
                throw new JobFileException(name, line(tuple.getKeyNode()), "the command's " + word
                        + " has no default under parameters");
            }
        }
        return parameters;
    }

    /** The mapping's entries by key; a key not among those allowed is refused (a typing mistake). */
    private static Map<String, NodeTuple> entries(String name, MappingNode mapping, Set<String> allowed)
            throws JobFileException {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(name, tuple.getKeyNode());
            if (!allowed.contains(key)) {
                throw new JobFileException(name, line(tuple.getKeyNode()), "'" + key + "' is not one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            entries.put(key, tuple);
        }
        return entries;
    }

    private static String scalar(String name, Map<String, NodeTuple> entries, String key, Node parent)
            throws JobFileException {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            throw new JobFileException(name, line(parent), "no " + key);
        }
        return text(name, tuple.getValueNode());
    }

    private static MappingNode mapping(String name, Map<String, NodeTuple> entries, String key, Node parent)
            throws JobFileException {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            throw new JobFileException(name, line(parent), "no " + key);
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            throw new JobFileException(name, line(tuple.getValueNode()), key + " is a mapping (cron:, zone:)");
        }
        return mapping;
    }

    private static String text(String name, Node node) throws JobFileException {
        if (!(node instanceof ScalarNode scalar)) {
            throw new JobFileException(name, line(node), "a single value is expected here");
        }
        return scalar.getValue();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
