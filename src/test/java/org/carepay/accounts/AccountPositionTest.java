package org.carepay.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R9's flags and weeks of funding, worked out by hand with a weekly budget of 194.40 and 8 weeks. */
class AccountPositionTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "16.20, 0.08, none",          // 16.20 / 194.40 = 0.0833…
            "0.00, 0.00, none",
            "-0.01, 0.00, OVERSPENT",     // below 0: -0.01 / 194.40 = -0.00005… -> 0.00
            "-97.20, -0.50, OVERSPENT",
            "1555.20, 8.00, none",        // exactly 8 × 194.40: not above
            "1555.21, 8.00, SURPLUS",     // 1555.21 / 194.40 = 8.00005… -> 8.00, but above 8 weeks
            "2000.00, 10.29, SURPLUS",    // 2000 / 194.40 = 10.2880…
    })
    void theFlagAndWeeksOfFunding(String balance, String weeks, String flag) {
        AccountPosition position = new AccountPosition(new BigDecimal(balance), new BigDecimal("194.40"), 8);
        assertThat(position.weeksOfFunding()).isEqualTo(weeks);
        assertThat(position.flag()).isEqualTo(flag);
    }

    @ParameterizedTest
    // With no budget, any money left is more than 8 weeks of it: SURPLUS, to recover (R9 as written).
    @CsvSource(nullValues = "none", value = {"10.00, SURPLUS", "0.00, none", "-1.00, OVERSPENT"})
    void withoutABudgetThereAreNoWeeksOfFunding(String balance, String flag) {
        AccountPosition position = new AccountPosition(new BigDecimal(balance), new BigDecimal("0.00"), 8);
        assertThat(position.weeksOfFunding()).isNull();
        assertThat(position.flag()).isEqualTo(flag);
    }
}
