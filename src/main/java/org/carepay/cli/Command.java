package org.carepay.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One command line, parsed and checked before anything starts: {@code NAME [param=value ...]}.
 * Anything wrong is a {@link UsageException} (exit 2) with one line that says what.
 */
public record Command(CommandName name, Map<String, String> parameters) {

    public static Command parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("no command given", true);
        }
        CommandName name = CommandName.of(args[0]);
        if (name == null) {
            throw new UsageException("unknown command '" + args[0] + "'", true);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String word : Arrays.copyOfRange(args, 1, args.length)) {
            int equals = word.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("'" + word + "' is not a name=value parameter; usage: " + name.usage());
            }
            String parameter = word.substring(0, equals);
            if (!name.accepts(parameter)) {
                throw new UsageException(name.word() + " takes no parameter '" + parameter + "'; usage: "
                        + name.usage());
            }
            if (parameters.put(parameter, word.substring(equals + 1)) != null) {
                throw new UsageException("parameter '" + parameter + "' is given twice");
            }
        }
        for (String required : name.required()) {
            if (!parameters.containsKey(required) || parameters.get(required).isBlank()) {
                throw new UsageException(name.word() + " needs " + required + "=; usage: " + name.usage());
            }
        }
        Command command = new Command(name, Map.copyOf(parameters));
        command.check();
        return command;
    }

    /** explain client=ID [week=W | period=P], or explain provider=ID run=RUN_ID. */
    private void checkExplain() {
        String usage = "; usage: " + name.usage();
        boolean client = parameters.containsKey("client");
        if (client == parameters.containsKey("provider")) {
            throw new UsageException("explain needs client= or provider=, one of them" + usage);
        }
        if (client && parameters.containsKey("run")) {
            throw new UsageException("explain client= takes week= or period=, not run=" + usage);
        }
        if (client && parameters.containsKey("week") && parameters.containsKey("period")) {
            throw new UsageException("explain client= takes week= or period=, not both" + usage);
        }
        if (!client && (!parameters.containsKey("run") || parameters.containsKey("week")
                || parameters.containsKey("period"))) {
            throw new UsageException("explain provider= needs run=, and no week= or period=" + usage);
        }
    }

    private void check() {
        if (name == CommandName.EXPLAIN) {
            checkExplain();
        }
        if (parameters.containsKey("force") && !parameters.get("force").equals("yes")) {
            throw new UsageException("force=" + parameters.get("force") + ": force takes yes, or is left out");
        }
        if (parameters.containsKey("execution") && !parameters.get("execution").matches("[1-9][0-9]{0,17}")) {
            throw new UsageException("execution=" + parameters.get("execution") + " is not an execution id");
        }
        for (String day : new String[] {"week", "period", "date"}) {
            if (parameters.containsKey(day)) {
                LocalDate date = date(day);
                if (!day.equals("date") && date.getDayOfWeek() != DayOfWeek.MONDAY) {
                    LocalDate monday = date.with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
                    throw new UsageException(day + "=" + date + " is a " + date.getDayOfWeek().getDisplayName(
                            TextStyle.FULL, Locale.UK) + ", not a Monday; its week starts on " + day + "=" + monday);
                }
            }
        }
    }

    private LocalDate date(String parameter) {
        try {
            return LocalDate.parse(parameters.get(parameter));
        } catch (DateTimeParseException e) {
            throw new UsageException(parameter + "=" + parameters.get(parameter) + " is not a date YYYY-MM-DD");
        }
    }

    /** The command as typed, its parameters in name order: what the log records. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(name.word());
        new TreeMap<>(parameters).forEach((parameter, value) -> line.append(' ').append(parameter).append('=')
                .append(value));
        return line.toString();
    }

    public LocalDate week() {
        return LocalDate.parse(parameters.get("week"));
    }

    public LocalDate period() {
        return LocalDate.parse(parameters.get("period"));
    }

    /** by=NAME, or the operating-system user who typed the command. */
    public String by() {
        return parameters.getOrDefault("by", System.getProperty("user.name"));
    }

    /** force=yes: propose again even when nothing changed since the standing proposal. */
    public boolean force() {
        return parameters.containsKey("force");
    }

    public long execution() {
        return Long.parseLong(parameters.get("execution"));
    }

    public static String usage() {
        return "usage: carepay " + Arrays.stream(CommandName.values()).map(CommandName::usage)
                .collect(Collectors.joining("\n       carepay "));
    }

    /** A command line that cannot be run as written. */
    public static final class UsageException extends RuntimeException {
        private final boolean showUsage;

        UsageException(String message) {
            this(message, false);
        }

        UsageException(String message, boolean showUsage) {
            super(message);
            this.showUsage = showUsage;
        }

        /** Whether the whole usage helps: the command itself is missing or unknown. */
        public boolean showUsage() {
            return showUsage;
        }
    }
}
