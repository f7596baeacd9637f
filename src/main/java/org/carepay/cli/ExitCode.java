package org.carepay.cli;

/** The exit codes of operations.md. */
public enum ExitCode {
    DONE(0), FAILED(1), BAD_COMMAND(2), REFUSED(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
