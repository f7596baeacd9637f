package org.carepay.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and money as people in the UK read them on a letter: 27 November 2026, 16 Nov 2026, £1,528.00. */
public final class UkFormat {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private UkFormat() {
    }

    public static String longDate(LocalDate date) {
        return date.format(LONG);
    }

    public static String date(LocalDate date) {
        return date.format(SHORT);
    }

    /** A day within a week's lines: "Mon 16 Nov". */
    public static String day(LocalDate date) {
        return date.format(DAY);
    }

    /**
     * An amount with thousands separators and two decimals, a minus sign when below zero: -1,234.50. Whole pennies
     * only: a third decimal is a bug upstream, and throws.
     */
    public static String amount(BigDecimal amount) {
        return grouped(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /**
     * A rate, which may have more than two decimals (a weekly value of 2.5 sessions): £112.50, £18.525; at most six,
     * rounded half to even.
     */
    public static String rate(BigDecimal rate) {
        BigDecimal shown = (rate.scale() > 6 ? rate.setScale(6, RoundingMode.HALF_EVEN) : rate).stripTrailingZeros();
        return "£" + grouped(shown.scale() < 2 ? shown.setScale(2) : shown);
    }

    /** A number as written, with a comma between each three digits of its whole part (a page shows thousands). */
    private static String grouped(BigDecimal number) {
        String plain = number.toPlainString();
        int first = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.') < 0 ? plain.length() : plain.indexOf('.');
        StringBuilder text = new StringBuilder(plain.length() + 8).append(plain, 0, first);
        for (int i = first; i < point; i++) {
            if (i > first && (point - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, point, plain.length()).toString();
    }

    /** An amount of money: £1,528.00, -£12.60 (a hyphen: PDF's standard fonts have no minus sign). */
    public static String money(BigDecimal amount) {
        return (amount.signum() < 0 ? "-£" : "£") + amount(amount.abs());
    }
}
