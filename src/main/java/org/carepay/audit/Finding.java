package org.carepay.audit;

/**
 * One line of audit.csv: what a check found of a released run (or of the ledger as a whole, with no run).
 *
 * @param file the file of the run's folder it is about, "ledger" for the run's rows, or null
 */
public record Finding(String check, Status status, String runId, String file, String detail) {

    public enum Status { PASS, FAIL }

    public boolean failed() {
        return status == Status.FAIL;
    }
}
