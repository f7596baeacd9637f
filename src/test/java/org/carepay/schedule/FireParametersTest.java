package org.carepay.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FireParametersTest {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 4, 6); // R0's billing anchor

    @Test
    void previousIsTheMondayOfTheWeekThatEndedLastSunday() {
        assertThat(FireParameters.resolve(Map.of("week", "previous"), LocalDate.of(2026, 11, 23), ANCHOR))
                .contains(Map.of("week", "2026-11-16")); // a Monday fire: the week of 16 to 22 Nov
        assertThat(FireParameters.resolve(Map.of("week", "previous"), LocalDate.of(2026, 11, 29), ANCHOR))
                .contains(Map.of("week", "2026-11-16")); // on a Sunday its own week has not ended
        assertThat(FireParameters.resolve(Map.of("date", "previous-sunday"), LocalDate.of(2026, 11, 23), ANCHOR))
                .contains(Map.of("date", "2026-11-22"));
    }

    @Test
    void endedIsThePeriodThatEndedLastSundayAndOtherwiseThereIsNothingToDo() {
        // period 2026-11-16 to 2026-12-13 (every 28 days from 2026-04-06)
        assertThat(FireParameters.resolve(Map.of("period", "ended"), LocalDate.of(2026, 12, 14), ANCHOR))
                .contains(Map.of("period", "2026-11-16"));
        assertThat(FireParameters.resolve(Map.of("period", "ended"), LocalDate.of(2026, 12, 7), ANCHOR)).isEmpty();
    }

    @Test
    void previousMonthEndIsTheLastDayOfTheMonthBeforeTheFiresDay() {
        assertThat(FireParameters.resolve(Map.of("date", "previous-month-end"), LocalDate.of(2026, 12, 1), ANCHOR))
                .contains(Map.of("date", "2026-11-30"));
        assertThat(FireParameters.resolve(Map.of("date", "previous-month-end"), LocalDate.of(2027, 3, 1), ANCHOR))
                .contains(Map.of("date", "2027-02-28"));
        assertThat(FireParameters.resolve(Map.of("date", "previous-month-end"), LocalDate.of(2027, 4, 30), ANCHOR))
                .contains(Map.of("date", "2027-03-31")); // the last day of the financial year
    }
}
