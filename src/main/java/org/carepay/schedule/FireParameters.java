package org.carepay.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carepay.rules.BillingPeriod;

/**
 * A job file's default parameters, resolved on the day a fire is due (in the job's zone):
 * <ul>
 * <li>{@code previous}: the Monday of the week that ended last Sunday;</li>
 * <li>{@code previous-sunday}: that Sunday;</li>
 * <li>{@code ended}: the first Monday of the billing period that ended last Sunday; when none did, the fire
 * has nothing to do;</li>
 * <li>{@code previous-month-end}: the last day of the month before the day's (a monthly report's day).</li>
 * </ul>
 * "Last Sunday" is the Sunday before the day: a fire on a Sunday is for the week before, which has ended.
 */
public final class FireParameters {

    static final List<String> RULES = List.of("previous", "previous-sunday", "ended", "previous-month-end");

    private FireParameters() {
    }

    static boolean knows(String rule) {
        return RULES.contains(rule);
    }

    /** The values of the fire on that day, by parameter; empty when the job has nothing to do that day. */
    public static Optional<Map<String, String>> resolve(Map<String, String> defaults, LocalDate day,
                                                        LocalDate billingAnchor) {
        LocalDate lastSunday = day.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate week = lastSunday.minusDays(6);
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : defaults.entrySet()) {
            switch (parameter.getValue()) {
                case "previous" -> values.put(parameter.getKey(), week.toString());
                case "previous-sunday" -> values.put(parameter.getKey(), lastSunday.toString());
                case "previous-month-end" -> values.put(parameter.getKey(),
                        day.withDayOfMonth(1).minusDays(1).toString());
                case "ended" -> {
                    Optional<BillingPeriod> ended = BillingPeriod.endingWith(week, billingAnchor);
                    if (ended.isEmpty()) {
                        return Optional.empty();
                    }
                    values.put(parameter.getKey(), ended.get().start().toString());
                }
                default -> throw new IllegalArgumentException("no rule " + parameter.getValue());
            }
        }
        return Optional.of(values);
    }
}
