package org.carepay.audit;

import java.nio.file.Path;
import java.time.LocalDate;

import org.carepay.payments.RunKind;

/** A released run, as the audit checks it: its rows in the database and its folder on disk. */
public record AuditedRun(String runId, RunKind kind, LocalDate weekStart, int attempt, Path folder) {

    public boolean billing() {
        return kind == RunKind.BILLING;
    }
}
