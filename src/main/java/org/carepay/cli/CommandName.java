package org.carepay.cli;

import java.util.List;
import java.util.Set;

/** The commands of operations.md, with the parameters each takes. */
public enum CommandName {
    INGEST("ingest", List.of(), List.of(), true),
    HOMECARE_RUN("homecare-run", List.of("week"), List.of("by"), true),
    SCHEDULED_RUN("scheduled-run", List.of("week"), List.of("by"), true),
    BILLING_RUN("billing-run", List.of("period"), List.of("by"), true),
    ACCOUNTS("accounts", List.of("date"), List.of(), true),
    APPROVE("approve", List.of("run", "by"), List.of(), true),
    RELEASE("release", List.of("run"), List.of(), true),
    CYCLE("cycle", List.of("week"), List.of(), true),
    STATUS("status", List.of(), List.of("run"), true),
    RESTART("restart", List.of("execution"), List.of(), true),
    STOP("stop", List.of("execution"), List.of(), true),
    AUDIT("audit", List.of(), List.of(), true),
    EXPLAIN("explain", List.of(), List.of("client", "provider", "run", "week", "period"), true),
    SCHEDULER("scheduler", List.of(), List.of(), false);

    private final String word;
    private final List<String> required;
    private final List<String> optional;
    private final boolean available;

    CommandName(String word, List<String> required, List<String> optional, boolean available) {
        this.word = word;
        this.required = required;
        this.optional = optional;
        this.available = available;
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

    /** Whether this version of Carepay does it yet. */
    boolean available() {
        return available;
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
