package org.carepay.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

    /** An amount with thousands separators and two decimals, a minus sign when below zero: -1,234.50. */
    public static String amount(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.UNNECESSARY); // whole pennies only: a third decimal is a bug upstream
        return format.format(amount);
    }

    /** A rate, which may have more than two decimals (a weekly value of 2.5 sessions): £112.50, £18.525. */
    public static String rate(BigDecimal rate) {
        return "£" + new DecimalFormat("#,##0.00####", DecimalFormatSymbols.getInstance(Locale.UK)).format(rate);
    }

    /** An amount of money: £1,528.00, -£12.60 (a hyphen: PDF's standard fonts have no minus sign). */
    public static String money(BigDecimal amount) {
        return (amount.signum() < 0 ? "-£" : "£") + amount(amount.abs());
    }
}
