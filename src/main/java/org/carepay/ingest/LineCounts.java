package org.carepay.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lines of each file counted under their key (a return's provider and week), kept with the lines
 * themselves so that publishing a file need not read its lines again.
 */
final class LineCounts {

    private final Map<Long, Map<String, Integer>> byFile = new LinkedHashMap<>();

    void add(InboxFile file, String key) {
        byFile.computeIfAbsent(file.id(), id -> new LinkedHashMap<>()).merge(key, 1, Integer::sum);
    }

    Map<Long, Map<String, Integer>> byFile() {
        return byFile;
    }
}
