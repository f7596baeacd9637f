package org.carepay.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lines of each file counted under their key (a return's provider and week), kept with the lines
 * themselves so that publishing a file need not read its lines again. Consecutive lines almost always
 * share their file and key, so they are counted in a run before the maps are touched.
 */
final class LineCounts {

    private final Map<Long, Map<String, Integer>> byFile = new LinkedHashMap<>();
    private InboxFile runFile;
    private String runKey;
    private int run;

    void add(InboxFile file, String key) {
        if (file != runFile || !key.equals(runKey)) {
            endRun();
            runFile = file;
            runKey = key;
        }
        run++;
    }

    private void endRun() {
        if (run > 0) {
            byFile.computeIfAbsent(runFile.id(), id -> new LinkedHashMap<>()).merge(runKey, run, Integer::sum);
            run = 0;
        }
    }

    Map<Long, Map<String, Integer>> byFile() {
        endRun();
        return byFile;
    }
}
