package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** R0: billing periods of 4 weeks tiling from the anchor 2026-04-06. */
class BillingPeriodTest {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 4, 6);

    @Test
    void periodsStartEvery28DaysFromTheAnchorAlsoBeforeIt() {
        // rules.md's examples: … 2026-10-19, 2026-11-16, 2026-12-14 …; 2026-11-16 = anchor + 8 × 28
        for (String start : new String[] {"2026-04-06", "2026-10-19", "2026-11-16", "2026-12-14", "2026-03-09"}) {
            assertThat(BillingPeriod.startingOn(LocalDate.parse(start), ANCHOR)).as(start).isPresent();
        }
        // a Monday off the grid, and a day that is not a Monday
        assertThat(BillingPeriod.startingOn(LocalDate.of(2026, 11, 23), ANCHOR)).isEmpty();
        assertThat(BillingPeriod.startingOn(LocalDate.of(2026, 11, 17), ANCHOR)).isEmpty();
    }

    @Test
    void aPeriodHasFourWeeksAndEndsOnTheFourthSunday() {
        BillingPeriod period = new BillingPeriod(LocalDate.of(2026, 11, 16));
        assertThat(period.weeks()).containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(period.weekOf(LocalDate.of(2026, 11, 22))).contains(LocalDate.of(2026, 11, 16));
        assertThat(period.weekOf(LocalDate.of(2026, 12, 13))).contains(LocalDate.of(2026, 12, 7));
        assertThat(period.weekOf(LocalDate.of(2026, 11, 15))).isEmpty();
        assertThat(period.weekOf(LocalDate.of(2026, 12, 14))).isEmpty();
    }

    @Test
    void everyDayIsInOnePeriod() {
        // 2026-11-23 = anchor + 231 days = 8 × 28 + 7: in period 8, which starts 2026-11-16
        assertThat(BillingPeriod.containing(LocalDate.of(2026, 11, 23), ANCHOR).start())
                .isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(BillingPeriod.containing(LocalDate.of(2026, 12, 13), ANCHOR).start())
                .isEqualTo(LocalDate.of(2026, 11, 16));
        // 2026-04-05 is the day before the anchor: the period 2026-03-09 .. 2026-04-05
        assertThat(BillingPeriod.containing(LocalDate.of(2026, 4, 5), ANCHOR).start())
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void onlyTheLastWeekOfAPeriodEndsIt() {
        assertThat(BillingPeriod.endingWith(LocalDate.of(2026, 12, 7), ANCHOR))
                .contains(new BillingPeriod(LocalDate.of(2026, 11, 16)));
        assertThat(BillingPeriod.endingWith(LocalDate.of(2026, 11, 16), ANCHOR)).isEmpty();
        assertThat(BillingPeriod.endingWith(LocalDate.of(2026, 11, 30), ANCHOR)).isEmpty();
        assertThatThrownBy(() -> BillingPeriod.endingWith(LocalDate.of(2026, 12, 8), ANCHOR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
