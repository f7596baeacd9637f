package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepay.rules.Fixtures.homecare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R1: a package's own unit_rate, else the framework rate with the latest effective_from ≤ day. */
class RatesTest {

    private final Rates rates = Fixtures.rates();

    @Test
    void theFrameworkRateInForceOnTheDayIncludingAMidWeekUplift() {
        CarePackage k1 = homecare().build();
        // P01 HOMECARE rows: 2025-04-07 24.10, 2026-04-06 25.20, 2026-11-19 26.40.
        // Wed 11-18: 04-06 is the latest ≤ 11-18
        assertThat(rates.rateOn(k1, LocalDate.of(2026, 11, 18))).contains(new BigDecimal("25.20"));
        // Thu 11-19: the uplift from its own day, mid-week
        assertThat(rates.rateOn(k1, LocalDate.of(2026, 11, 19))).contains(new BigDecimal("26.40"));
        // Sun 11-22: still 11-19's
        assertThat(rates.rateOn(k1, LocalDate.of(2026, 11, 22))).contains(new BigDecimal("26.40"));
        // 04-05, the day before 04-06: 2025-04-07's
        assertThat(rates.rateOn(k1, LocalDate.of(2026, 4, 5))).contains(new BigDecimal("24.10"));
        // 04-06 itself
        assertThat(rates.rateOn(k1, LocalDate.of(2026, 4, 6))).contains(new BigDecimal("25.20"));
    }

    @Test
    void onlyTheRowsOfThePackagesProviderAndServiceTypeCount() {
        // P02 HOMECARE 99.00 and P01 DAY_CARE 58.50 start on Tue 11-17; P01 HOMECARE is 25.20 on Wed 11-18.
        LocalDate wednesday = LocalDate.of(2026, 11, 18);
        assertThat(rates.rateOn(homecare().build(), wednesday)).contains(new BigDecimal("25.20"));
        assertThat(rates.rateOn(homecare().provider("P02").build(), wednesday)).contains(new BigDecimal("99.00"));
        assertThat(rates.rateOn(homecare().kind("DAY_CARE", "PLANNED").build(), wednesday))
                .contains(new BigDecimal("58.50"));
    }

    @Test
    void aPackagesOwnUnitRateWinsOnEveryDay() {
        CarePackage own = homecare().ownRate("27.50").build();
        assertThat(rates.rateOn(own, LocalDate.of(2026, 11, 19))).contains(new BigDecimal("27.50")); // not 26.40
        assertThat(rates.rateOn(own, LocalDate.of(2020, 1, 1))).contains(new BigDecimal("27.50")); // before any row
    }

    @Test
    void noRateBeforeTheFirstRowOrForAProviderWithoutRows() {
        assertThat(rates.rateOn(homecare().build(), LocalDate.of(2025, 4, 6))).isEmpty(); // first row 2025-04-07
        assertThat(rates.rateOn(homecare().provider("P03").build(), LocalDate.of(2026, 11, 19))).isEmpty();
    }

    @Test
    void twoRowsWithTheSameKeyAreACallersBug() {
        // Ingest refuses the second as DUPLICATE_ID, so they never reach the rules together.
        assertThatThrownBy(() -> new Rates(List.of(Fixtures.rate("P01", "HOMECARE", "2026-04-06", "25.20"),
                Fixtures.rate("P01", "HOMECARE", "2026-04-06", "25.30"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
