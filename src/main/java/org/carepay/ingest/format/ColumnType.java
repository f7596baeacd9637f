package org.carepay.ingest.format;

/** The value types of formats.md. */
public enum ColumnType {
    /** Free text, trimmed. */
    TEXT,
    /** {@code yyyy-MM-dd}, a real calendar date. */
    DATE,
    /** {@code HH:mm}, 00:00 to 23:59. */
    TIME,
    /** A whole number, optionally negative. */
    INTEGER,
    /** A plain decimal with any number of places (units). */
    DECIMAL,
    /** A plain decimal with at most 2 places (amounts and rates, R0). */
    MONEY,
    /** {@code Y} or {@code N}. */
    FLAG,
    /** One of the column's codes, in capitals. */
    CODE,
    /** Exactly 6 digits. */
    SORT_CODE,
    /** Exactly 8 digits. */
    ACCOUNT_NUMBER
}
