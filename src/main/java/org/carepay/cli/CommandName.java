package org.carepay.cli;

import java.util.List;
import java.util.Set;

/** The commands of operations.md, with the parameters each takes. */
public enum CommandName {
    INGEST("ingest", List.of(), List.of(),
            "takes in every new file of the inbox (CAREPAY_INBOX), in the ingest order of formats.md"),
    HOMECARE_RUN("homecare-run", List.of("week"), List.of("by", "force"),
            "proposes the homecare payment run of the week (R1, R2, R7, R8)"),
    SCHEDULED_RUN("scheduled-run", List.of("week"), List.of("by", "force"),
            "proposes the scheduled payment run of the week (R3, R4, R5, R7, R8, R9's DP invoices)"),
    BILLING_RUN("billing-run", List.of("period"), List.of("by", "force"),
            "proposes the billing run of the four-week period starting that Monday (R6, R7)"),
    ACCOUNTS("accounts", List.of("date"), List.of(),
            "writes the ISF and DP managed-account monitoring of the day (R9)"),
    MONITOR("monitor", List.of("date"), List.of(),
            "writes the budget monitoring, projected outturn, income and care-plan delivery of the day (R10)"),
    APPROVE("approve", List.of("run", "by"), List.of(),
            "approves a proposed run; not by the person who started it, only by an approver (CAREPAY_APPROVERS)"),
    RELEASE("release", List.of("run"), List.of(),
            "releases an approved run: the bank file of a payment run, the final Debtors file of a billing run"),
    CYCLE("cycle", List.of("week"), List.of(),
            "ingest, both payment runs of the week, and the billing run when the week ends a period"),
    STATUS("status", List.of(), List.of("run"),
            "the runs and the recent job executions, what failed and how to carry on; with run=, that run"),
    RESTART("restart", List.of("execution"), List.of(),
            "carries on a failed, stopped or killed execution from its last commit"),
    STOP("stop", List.of("execution"), List.of(),
            "asks a running execution to stop after its current chunk (from another terminal too)"),
    AUDIT("audit", List.of(), List.of(),
            "the nightly audit of every released run (docs/audit.md); exit 1 names each failure"),
    EXPLAIN("explain", List.of(), List.of("client", "provider", "run", "week", "period"),
            "a client's weeks (client=, with week= or period=), or a provider's lines in a run (provider= run=)"),
    SCHEDULER("scheduler", List.of(), List.of(),
            "runs until stopped, starting the jobs of CAREPAY_JOBS on their schedules (docs/scheduler.md)"),
    WORKER("worker", List.of(), List.of(),
            "runs until stopped, rating the parts of runs sent over CAREPAY_AMQP_URL (docs/scale-out.md)");

    private final String word;
    private final List<String> required;
    private final List<String> optional;
    private final String does;

    CommandName(String word, List<String> required, List<String> optional, String does) {
        this.word = word;
        this.required = required;
        this.optional = optional;
        this.does = does;
    }

    /** What it does, in a line. */
    String does() {
        return does;
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
        if (this == EXPLAIN) { // two forms, which one parameter list cannot say
            return "explain client=ID [week=YYYY-MM-DD | period=YYYY-MM-DD], or explain provider=ID run=RUN_ID";
        }
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
            case "force" -> "yes";
            default -> "NAME";
        };
    }
}
