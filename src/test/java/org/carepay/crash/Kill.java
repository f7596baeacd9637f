package org.carepay.crash;

/**
 * One kill of the crash test: what dies, and when. {@code atWork} kills are timed from the moment the command
 * has its database and starts its work (the log's "command:" line), the others from the moment it was started,
 * through its start-up; {@code fraction} is of the time that part took in the uninterrupted run.
 */
record Kill(Target target, boolean atWork, double fraction) {

    enum Target {
        /** The command's JVM, SIGKILL. */
        JVM,
        /** The database server, every process of it, SIGKILL. */
        SERVER,
        /** One backend serving the command, SIGKILL: PostgreSQL ends every session and recovers. */
        BACKEND
    }

    @Override
    public String toString() {
        return target + (atWork ? " at " + Math.round(fraction * 100) + " % of the work"
                : " at " + Math.round(fraction * 100) + " % of the command's life");
    }
}
