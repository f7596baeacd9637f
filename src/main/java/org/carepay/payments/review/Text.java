package org.carepay.payments.review;

import java.util.Arrays;
import java.util.Comparator;

/** Ordering and escaping of text for the two review files. */
public final class Text {

    /**
     * Unicode code point order, as formats.md sorts file names; String.compareTo is not, for characters
     * outside the Basic Multilingual Plane. Used for every text sort so the files never depend on it.
     */
    public static final Comparator<String> CODE_POINT_ORDER =
            (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private Text() {
    }

    /**
     * Text made safe inside HTML elements and double- or single-quoted attributes: the five markup
     * characters as entities; a carriage return as {@code &#13;} so the page keeps LF-only line ends;
     * any other control character but tab and LF (not allowed in HTML, not even as a reference) as
     * U+FFFD, so a stray byte in an input can never break the page.
     */
    public static String html(String text) {
        if (plain(text)) {
            return text; // most cells: ids, amounts, dates
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(c);
                default -> out.append(c < 0x20 || c == 0x7f ? '\ufffd' : c);
            }
        }
        return out.toString();
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }

}
