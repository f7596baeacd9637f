package org.carepay.schedule;

import java.time.Instant;
import java.util.List;

/** How a fire is carried out: as the command line would carry out the same words. */
public interface Commands {

    /**
     * Runs the command (the words after "carepay") and says how it ended.
     *
     * @return the exit code (0 done, 1 failed, 2 bad command, 3 refused)
     */
    int run(List<String> words);

    /** The job execution the last command started, or null. */
    Long lastExecution();

    /**
     * Carries on the execution of the job that a scheduler which died started at or after {@code since}: recovered
     * (its process is gone) and restarted, as an operator would.
     *
     * @return the exit code of the restart, 0 when that execution had completed, or -1 when it started none
     */
    int carryOn(String jobName, Instant since);

    /** Asks the job execution running now, if any, to stop after its current chunk. */
    void stopRunning();
}
