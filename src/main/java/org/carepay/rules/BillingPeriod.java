package org.carepay.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * R0: a billing period is 4 consecutive weeks; periods tile from the billing anchor (a Monday): period k
 * starts on anchor + 28·k days, for every whole k, also before the anchor.
 */
public record BillingPeriod(LocalDate start) {

    public static final int DAYS = 28;

    public BillingPeriod {
        Objects.requireNonNull(start, "start");
    }

    /** The period starting on that day, or empty when no period of the anchor's grid starts then. */
    public static Optional<BillingPeriod> startingOn(LocalDate day, LocalDate anchor) {
        requireMonday(anchor);
        return Math.floorMod(ChronoUnit.DAYS.between(anchor, day), DAYS) == 0
                ? Optional.of(new BillingPeriod(day)) : Optional.empty();
    }

    /** The period of the anchor's grid that holds day d. */
    public static BillingPeriod containing(LocalDate d, LocalDate anchor) {
        requireMonday(anchor);
        return new BillingPeriod(anchor.plusDays(DAYS * Math.floorDiv(ChronoUnit.DAYS.between(anchor, d), DAYS)));
    }

    /** The period whose last week is the week starting on weekStart, if that week ends a period. */
    public static Optional<BillingPeriod> endingWith(LocalDate weekStart, LocalDate anchor) {
        requireMonday(weekStart);
        return startingOn(weekStart.minusDays(DAYS - 7), anchor);
    }

    public LocalDate end() {
        return start.plusDays(DAYS - 1);
    }

    /** Its four weeks, by their Mondays. */
    public List<LocalDate> weeks() {
        return List.of(start, start.plusWeeks(1), start.plusWeeks(2), start.plusWeeks(3));
    }

    /** The week of the period that holds day d (by its Monday), if d is in the period. */
    public Optional<LocalDate> weekOf(LocalDate d) {
        if (d.isBefore(start) || d.isAfter(end())) {
            return Optional.empty();
        }
        return Optional.of(d.with(DayOfWeek.MONDAY));
    }

    private static void requireMonday(LocalDate day) {
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("not a Monday: " + day);
        }
    }
}
