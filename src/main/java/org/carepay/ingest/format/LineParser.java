package org.carepay.ingest.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks one record of an inbox file against its kind's columns and line rules: the INVALID_LINE
 * check of formats.md and R1/R2/R4/R5, with no database and no other line. Pure and allocation-light,
 * because every visit of a provider return passes through it.
 */
public final class LineParser {

    private LineParser() {
    }

    /**
     * @param raw the record's values in the kind's column order (not yet trimmed)
     * @return the line, or why it is refused
     */
    public static ParsedLine parse(InboxKind kind, String[] raw) {
        List<Column> columns = kind.columns();
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            String value = raw[i].strip();
            if (value.isEmpty()) {
                if (!column.optional()) {
                    return ParsedLine.refused(column.name() + " is empty");
                }
                values[i] = column.whenEmpty();
                continue;
            }
            String problem = problem(column, value);
            if (problem != null) {
                String shown = column.personal() ? "" : " '" + value + "'";
                return ParsedLine.refused(column.name() + shown + " " + problem);
            }
            values[i] = value;
        }
        Line line = new Line(kind, values);
        String broken = kind.rowRule().check(line);
        return broken == null ? ParsedLine.accepted(line) : ParsedLine.refused(broken);
    }

    private static String problem(Column column, String value) {
        return switch (column.type()) {
            case TEXT -> null;
            case DATE -> isDate(value) ? null : "is not a date yyyy-MM-dd";
            case TIME -> isTime(value) ? null : "is not a time HH:mm";
            case INTEGER -> isInteger(value) ? null : "is not a whole number";
            case DECIMAL -> isDecimal(value, Integer.MAX_VALUE) ? null : "is not a plain decimal";
            case MONEY -> isDecimal(value, 2) ? null : "is not an amount with at most 2 decimals";
            case FLAG -> value.equals("Y") || value.equals("N") ? null : "is not Y or N";
            case CODE -> column.codes().contains(value) ? null : "is not one of " + String.join(", ", sorted(column));
            case SORT_CODE -> digits(value, 6) ? null : "is not 6 digits";
            case ACCOUNT_NUMBER -> digits(value, 8) ? null : "is not 8 digits";
        };
    }

    private static List<String> sorted(Column column) {
        return column.codes().stream().sorted().toList();
    }

    public static boolean isDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        if (day <= 28) {
            return true; // every month has these: the calendar is asked only about the 29th to 31st
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean isTime(String s) {
        if (s.length() != 5 || s.charAt(2) != ':') {
            return false;
        }
        int hour = number(s, 0, 2);
        int minute = number(s, 3, 5);
        return hour >= 0 && hour < 24 && minute >= 0 && minute < 60;
    }

    static boolean isInteger(String s) {
        int start = s.charAt(0) == '-' ? 1 : 0;
        return s.length() > start && s.length() - start <= 9 && number(s, start, s.length()) >= 0;
    }

    /** A plain decimal: an optional minus, digits, and an optional point with 1 to maxPlaces digits. */
    static boolean isDecimal(String s, int maxPlaces) {
        int start = s.charAt(0) == '-' ? 1 : 0;
        int point = s.indexOf('.');
        int end = point < 0 ? s.length() : point;
        if (end == start || end - start > 15 || number(s, start, end) < 0) {
            return false;
        }
        if (point < 0) {
            return true;
        }
        int places = s.length() - point - 1;
        return places >= 1 && places <= Math.min(maxPlaces, 15) && number(s, point + 1, s.length()) >= 0;
    }

    private static boolean digits(String s, int count) {
        return s.length() == count && number(s, 0, count) >= 0;
    }

    /** The digits of s[from, to) as a number (at most 9 digits counted), or -1 if any is not a digit. */
    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return to - from > 9 ? 0 : n;
    }
}
