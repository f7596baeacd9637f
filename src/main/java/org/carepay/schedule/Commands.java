package org.carepay.schedule;

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

    /** Asks the job execution running now, if any, to stop after its current chunk. */
    void stopRunning();
}
