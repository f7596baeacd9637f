package org.carepay.cli;

import java.util.List;
import java.util.Set;

/** The commands of operations.md, with the parameters each takes. */
public enum CommandName {
    INGEST("ingest", List.of(), List.of()),
    HOMECARE_RUN("homecare-run", List.of("week"), List.of("by")),
    SCHEDULED_RUN("scheduled-run", List.of("week"), List.of("by")),
    BILLING_RUN("billing-run", List.of("period"), List.of("by")),
    ACCOUNTS("accounts", List.of("date"), List.of()),
    APPROVE("approve", List.of("run", "by"), List.of()),
    RELEASE("release", List.of("run"), List.of()),
    CYCLE("cycle", List.of("week"), List.of()),
    STATUS("status", List.of(), List.of("run")),
    RESTART("restart", List.of("execution"), List.of()),
    STOP("stop", List.of("execution"), List.of()),
    AUDIT("audit", List.of(), List.of()),
    EXPLAIN("explain", List.of(), List.of("client", "provider", "run", "week", "period")),
    SCHEDULER("scheduler", List.of(), List.of());

    private final String word;
    private final List<String> required;
    private final List<String> optional;

    CommandName(String word, List<String> required, List<String> optional) {
        this.word = word;
        this.required = required;
        this.optional = optional;
    }

    public String word() {
        return word;
    }

    List<String> required() {
        return required;
    }

    boolean accepts(String parameter) {
        return required.contains(parameter) || optional.contains(parameter);
    }

    /** Commands that only look or signal may share the embedded database with a command that is running. */
    public boolean readOnly() {
        return Set.of(STATUS, STOP, EXPLAIN).contains(this);
    }

    static CommandName of(String word) {
        for (CommandName name : values()) {
            if (name.word.equals(word)) {
                return name;
            }
        }
        return null;
    }

    String usage() {
        StringBuilder usage = new StringBuilder(word);
        required.forEach(p -> usage.append(' ').append(p).append('=').append(placeholder(p)));
        optional.forEach(p -> usage.append(" [").append(p).append('=').append(placeholder(p)).append(']'));
        return usage.toString();
    }

    private static String placeholder(String parameter) {
        return switch (parameter) {
            case "week", "period", "date" -> "YYYY-MM-DD";
            case "run" -> "RUN_ID";
            case "client", "provider" -> "ID";
            case "execution" -> "ID";
            default -> "NAME";
        };
    }
}
