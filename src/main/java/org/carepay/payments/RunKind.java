package org.carepay.payments;

/**
 * The kinds of run and the prefix of their ids (operations.md: HC-2026-11-16-1, BL-2026-11-16-1): two
 * kinds of payment run, each of a week, and the billing run, of a four-week period.
 */
public enum RunKind {
    HOMECARE("HC", "week"), SCHEDULED("SP", "week"), BILLING("BL", "period");

    private final String prefix;
    private final String span;

    RunKind(String prefix, String span) {
        this.prefix = prefix;
        this.span = span;
    }

    public String prefix() {
        return prefix;
    }

    /** What one run of the kind covers, named by its first Monday: "week" or "period". */
    public String span() {
        return span;
    }
}
