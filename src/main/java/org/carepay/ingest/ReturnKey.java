package org.carepay.ingest;

import org.carepay.ingest.format.LineParser;

/** The provider-week of a return line, as text: {@code provider|yyyy-MM-dd}. */
final class ReturnKey {

    static final String MALFORMED = "?";
    static final String NO_WEEK = MALFORMED + "W";
    static final String NO_PROVIDER = MALFORMED + "P";

    private ReturnKey() {
    }

    static boolean isWeek(String value) {
        return value != null && LineParser.isDate(value);
    }

    /**
     * A key no other line shares, for a line whose week (or else provider) is empty or malformed:
     * such a line counts as another provider-week.
     */
    static String malformed(String provider, String week, int recordNo) {
        return (isWeek(week) ? NO_PROVIDER : NO_WEEK) + recordNo;
    }
}
