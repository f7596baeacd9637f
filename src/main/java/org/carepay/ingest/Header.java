package org.carepay.ingest;

import java.util.ArrayList;
import java.util.List;

import org.carepay.ingest.format.Column;
import org.carepay.ingest.format.InboxKind;

/**
 * A file's header row matched against its kind's columns: where each column stands (names are
 * case-sensitive, trimmed, in any order; other columns are ignored) and which are missing (a column that may be
 * left out is not).
 */
record Header(int width, int[] positions, List<String> missing) {

    static Header of(InboxKind kind, String[] names) {
        List<String> header = new ArrayList<>();
        for (String name : names) {
            header.add(name.strip());
        }
        List<Column> columns = kind.columns();
        int[] positions = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            positions[i] = header.indexOf(columns.get(i).name());
            if (positions[i] < 0 && !columns.get(i).mayBeAbsent()) {
                missing.add(columns.get(i).name());
            }
        }
        return new Header(names.length, positions, List.copyOf(missing));
    }

    /**
     * A record's values in the kind's column order (empty for a column the header may leave out and does), or
     * null when it has more or fewer fields than the header.
     */
    String[] arrange(String[] record) {
        if (record.length != width) {
            return null;
        }
        String[] values = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = positions[i] < 0 ? "" : record[positions[i]];
        }
        return values;
    }
}
