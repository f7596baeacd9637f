package org.carepay.schedule;

/** A job file that cannot be used, with its file and line: the scheduler refuses to start. */
public final class JobFileException extends Exception {

    public JobFileException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
