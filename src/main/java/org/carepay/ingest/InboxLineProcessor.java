package org.carepay.ingest;

import java.util.ArrayList;
import java.util.List;

import org.carepay.ingest.format.InboxKind;
import org.carepay.ingest.format.LineParser;
import org.carepay.ingest.format.ParsedLine;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks each record on its own (LineParser) and turns a broken one into an INVALID_LINE exception
 * that carries what can be read of it: the ids it names, and the entity (reference) or provider-week
 * (return) it belongs to.
 */
class InboxLineProcessor implements ItemProcessor<InboxRecord, LoadItem> {

    @Override
    public LoadItem process(InboxRecord record) {
        if (record.unreadable() != null) {
            return refused(record, record.unreadable());
        }
        ParsedLine parsed = LineParser.parse(record.file().kind(), record.values());
        return parsed.isRefused() ? refused(record, parsed.refusal())
                : new LoadItem(record.file(), record.recordNo(), parsed.line(), null);
    }

    private static LoadItem refused(InboxRecord record, String detail) {
        InboxKind kind = record.file().kind();
        String[] values = record.values();
        IngestException refusal = new IngestException(record.file().id(), record.recordNo(), "INVALID_LINE",
                "REFUSED", value(kind, values, "provider_id"), value(kind, values, "client_id"),
                value(kind, values, "package_id"), value(kind, values, "visit_date"), detail,
                entityKey(kind, values, record.recordNo()));
        return new LoadItem(record.file(), record.recordNo(), null, refusal);
    }

    private static String value(InboxKind kind, String[] values, String column) {
        if (values == null || kind.columns().stream().noneMatch(c -> c.name().equals(column))) {
            return null;
        }
        String value = values[kind.columnIndex(column)].strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * For a reference line, the entity it would have set (which then keeps its previous row); for a
     * return line, its provider and week, where an empty or malformed one is a key of its own so that
     * it counts as another provider-week (MIXED_RETURN).
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
