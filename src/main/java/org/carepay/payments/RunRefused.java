package org.carepay.payments;

/** A lifecycle step that the run's state does not allow; nothing was changed. */
public class RunRefused extends Exception {

    private final boolean unknownRun;

    RunRefused(String message) {
        this(message, false);
    }

    RunRefused(String message, boolean unknownRun) {
        super(message);
        this.unknownRun = unknownRun;
    }

    /** The run does not exist (a bad command, exit 2) rather than being in the wrong state (exit 3). */
    public boolean unknownRun() {
        return unknownRun;
    }
}
