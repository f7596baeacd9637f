package org.carepay.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * R10: the financial year of a day runs from the latest start (1 April, a policy value) on or before it to
 * the day before the next start.
 */
public record FinancialYear(LocalDate start, LocalDate end) {

    public static FinancialYear of(LocalDate day, MonthDay firstDay) {
        LocalDate start = firstDay.atYear(day.getYear());
        if (start.isAfter(day)) {
            start = firstDay.atYear(day.getYear() - 1);
        }
        return new FinancialYear(start, firstDay.atYear(start.getYear() + 1).minusDays(1));
    }

    /** Its days, both ends counted: 365, or 366 with a 29 February. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
