package org.carepay.ingest.format;

import java.math.BigDecimal;

/**
 * A line of an inbox file whose every value passed its column's type: the values in the kind's
 * column order, normalised (trimmed; an empty optional value is null or its default).
 */
public record Line(InboxKind kind, String[] values) {

    public String get(String column) {
        return values[kind.columnIndex(column)];
    }

    public boolean has(String column) {
        return get(column) != null;
    }

    public int integer(String column) {
        return Integer.parseInt(get(column));
    }

    public BigDecimal decimal(String column) {
        return new BigDecimal(get(column));
    }
}
