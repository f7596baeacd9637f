package org.carepay.payments;

/** The kinds of payment run and the prefix of their ids (operations.md: HC-2026-11-16-1). */
public enum RunKind {
    HOMECARE("HC"), SCHEDULED("SP");

    private final String prefix;

    RunKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
