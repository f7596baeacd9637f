package org.carepay.payments;

import java.nio.file.Path;

/**
 * The kinds of run and the prefix of their ids (operations.md: HC-2026-11-16-1, BL-2026-11-16-1): two
 * kinds of payment run, each of a week, and the billing run, of a four-week period.
 */
public enum RunKind {
    HOMECARE("HC", "week", "homecare-run"), SCHEDULED("SP", "week", "scheduled-run"),
    BILLING("BL", "period", "billing-run");

    private final String prefix;
    private final String span;
    private final String command;

    RunKind(String prefix, String span, String command) {
        this.prefix = prefix;
        this.span = span;
        this.command = command;
    }

    /** The command that proposes a run of the kind. */
    public String command() {
        return command;
    }

    /** Where a run of the kind writes its files (formats.md: out/payments/RUN_ID, out/billing/RUN_ID). */
    public Path folder(Path out, String runId) {
        return out.resolve(this == BILLING ? "billing" : "payments").resolve(runId);
    }

    public String prefix() {
        return prefix;
    }

    /** What one run of the kind covers, named by its first Monday: "week" or "period". */
    public String span() {
        return span;
    }
}
