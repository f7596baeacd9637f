package org.carepay.ingest.format;

import java.util.Set;

/**
 * One column of an inbox file as formats.md lists it: its exact header name, its type, whether a
 * value may be empty, and what an empty optional value means.
 */
public record Column(String name, ColumnType type, boolean optional, String whenEmpty, Set<String> codes,
                     boolean mayBeAbsent) {

    public static Column required(String name, ColumnType type) {
        return new Column(name, type, false, null, Set.of(), false);
    }

    public static Column optional(String name, ColumnType type) {
        return new Column(name, type, true, null, Set.of(), false);
    }

    /** An optional column the header may leave out: every value of the file is then empty. */
    public static Column optionalColumn(String name, ColumnType type) {
        return new Column(name, type, true, null, Set.of(), true);
    }

    /** An optional column whose empty value stands for {@code whenEmpty} (e.g. carers: 1). */
    public static Column defaulted(String name, ColumnType type, String whenEmpty) {
        return new Column(name, type, true, whenEmpty, Set.of(), false);
    }

    public static Column code(String name, String... codes) {
        return new Column(name, ColumnType.CODE, false, null, Set.of(codes), false);
    }

    public static Column defaultedCode(String name, String whenEmpty, String... codes) {
        return new Column(name, ColumnType.CODE, true, whenEmpty, Set.of(codes), false);
    }

    /** Personal data (names, addresses, dates of birth, bank details) is never echoed in a refusal. */
    public boolean personal() {
        return PERSONAL.contains(name);
    }

    private static final Set<String> PERSONAL = Set.of("forename", "surname", "date_of_birth", "address_line_1",
            "postcode", "bill_to_name", "bill_to_address_line_1", "bill_to_postcode", "account_name", "sort_code", "account_number", "payee_name");
}
