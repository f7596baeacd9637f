package org.carepay.audit;

import java.io.IOException;
import java.util.List;

/** One check of the audit: a step of its job, whose findings are kept when a later step fails. */
public interface AuditCheck {

    /** The check's name in audit.csv and on the terminal. */
    String name();

    /** What it checks, in a sentence for audit.html. */
    String purpose();

    /**
     * Checks the released runs (in the order of their release): a PASS for each run that holds, a FAIL naming
     * run, file and line for each thing that does not.
     */
    void check(List<AuditedRun> runs, Findings findings) throws IOException;
}
