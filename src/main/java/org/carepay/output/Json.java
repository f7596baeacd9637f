package org.carepay.output;

import java.util.List;
import java.util.function.Function;

/** JSON as Carepay's summaries write it: members in the order given, 2 spaces of indentation, LF, UTF-8. */
public final class Json {

    private Json() {
    }

    /**
     * A JSON string literal (RFC 8259), quotes included: quote and backslash escaped, control characters
     * as \b \f \n \r \t or {@code \}u00XX; U+2028 and U+2029 escaped too, as JavaScript before ES2019 did
     * not accept them raw. Everything else is written as is (the file is UTF-8).
     */
    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // Values are built inside out as text at indentation 0; nesting indents every line after the
    // first by 2 spaces, which is safe as no JSON string here holds a raw line break (Text.json escapes).

    public static String member(String key, String value) {
        return string(key) + ": " + value;
    }

    public static String object(List<String> members) {
        return members.isEmpty() ? "{}" : "{\n" + indented(members) + "\n}";
    }

    public static <T> String array(List<T> items, Function<T, String> value) {
        return items.isEmpty() ? "[]" : "[\n" + indented(items.stream().map(value).toList()) + "\n]";
    }

    private static String indented(List<String> values) {
        return String.join(",\n", values.stream().map(value -> "  " + value.replace("\n", "\n  ")).toList());
    }
}
