package org.carepay.ingest;

import java.util.ArrayList;
import java.util.List;

import org.carepay.ingest.format.InboxKind;
import org.carepay.ingest.format.Line;

/**
 * What can be read of a line beyond its values: the INVALID_LINE exception of a refused one, with the
 * ids it names, and the key it is counted under (a return line's provider and week; a reference
 * line's entity, which keeps its previous row when the line is refused).
 */
final class InboxLines {

    private InboxLines() {
    }

    static IngestException refusal(InboxFile file, RecordBlock.Record record, String detail) {
        InboxKind kind = file.kind();
        String[] values = record.values();
        return new IngestException(file.id(), record.recordNo(), "INVALID_LINE", "REFUSED",
                value(kind, values, "provider_id"), value(kind, values, "client_id"), value(kind, values, "package_id"),
                value(kind, values, "visit_date"), detail, entityKey(kind, values, record.recordNo()));
    }

    /** The provider-week a return line is counted under ("" for other kinds). */
    static String returnKey(Line line) {
        return line.kind() == InboxKind.RETURN ? line.get("provider_id") + "|" + line.get("week_start") : "";
    }

    /** The key a refused line is counted under: its return key, or "" when it has none. */
    static String returnKey(InboxFile file, IngestException refusal) {
        return file.kind() == InboxKind.RETURN && refusal.entityKey() != null ? refusal.entityKey() : "";
    }

    private static String value(InboxKind kind, String[] values, String column) {
        if (values == null || !kind.hasColumn(column)) {
            return null;
        }
        String value = values[kind.columnIndex(column)].strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * For a reference line, the entity it would have set; for a return line, its provider and week,
     * where an empty or malformed one is a key of its own, so that it counts as another provider-week
     * (MIXED_RETURN).
     */
    private static String entityKey(InboxKind kind, String[] values, int recordNo) {
        if (values == null || kind.keyColumns().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String column : kind.keyColumns()) {
            parts.add(value(kind, values, column));
        }
        if (kind == InboxKind.RETURN && (parts.get(0) == null || !ReturnKey.isWeek(parts.get(1)))) {
            return ReturnKey.malformed(parts.get(0), parts.get(1), recordNo);
        }
        return parts.contains(null) ? null : String.join("|", parts);
    }
}
