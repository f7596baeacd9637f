package org.carepay.output.bacs;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Bacs character rules shared by the records: which characters a bank accepts, and how a
 * Carepay value is made into a fixed-width field. Package-private: callers see only the records.
 */
final class BacsText {

    /** Upper-case letters, digits, full stop, ampersand, slash, hyphen and space: the Bacs set. */
    private static final Pattern BACS_CHARACTERS = Pattern.compile("[A-Z0-9.&/\\- ]*");

    private BacsText() {
    }

    /**
     * Rejects anything but exactly {@code length} ASCII digits. The message names the field, never
     * the value: bank details must not reach the log (README, "never personal data").
     */
    static void requireDigits(String value, int length, String field) {
        if (value == null || value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(field + " must be exactly " + length + " digits");
        }
    }

    /** True when every character, once upper-cased, is in the Bacs set. */
    static boolean isBacsText(String value) {
        return BACS_CHARACTERS.matcher(value.toUpperCase(Locale.ROOT)).matches();
    }

    /**
     * A free-text value as the bank will take it: upper-cased, each character outside the Bacs set
     * (one per code point, so an emoji is one space, not two) made a space, and leading and trailing
     * spaces dropped so that a stray space or apostrophe does not shift the name.
     */
    static String sanitise(String value) {
        StringBuilder text = new StringBuilder(value.length());
        value.toUpperCase(Locale.ROOT).codePoints()
                .forEach(c -> text.append(isBacsCharacter(c) ? (char) c : ' '));
        return text.toString().strip();
    }

    /** The sanitised value cut to {@code width} and padded on the right with spaces. */
    static String field(String value, int width) {
        String text = sanitise(value);
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    /** An amount in pence, right-aligned and zero-filled to {@code width} digits. */
    static String pence(long amount, int width) {
        String digits = Long.toString(amount);
        if (amount < 0 || digits.length() > width) {
            throw new IllegalArgumentException("amount does not fit " + width + " digits of pence");
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    private static boolean isBacsCharacter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '&' || c == '/' || c == '-'
                || c == ' ';
    }
}
