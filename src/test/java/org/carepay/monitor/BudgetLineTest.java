package org.carepay.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** R10's OVER_BUDGET: a variance above 2 % of the budget, compared exactly. */
class BudgetLineTest {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private static BudgetLine projected(String outturn, String budget) {
        return new BudgetLine("HOMECARE", BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(outturn),
                budget == null ? null : new BigDecimal(budget));
    }

    @Test
    void exactly2PerCentOverIsNotOverBudgetAPennyMoreIs() {
        assertThat(projected("1020.00", "1000.00").variance()).isEqualByComparingTo("20.00");
        assertThat(projected("1020.00", "1000.00").flag(TWO)).isEmpty();
        assertThat(projected("1020.01", "1000.00").flag(TWO)).isEqualTo("OVER_BUDGET");
        assertThat(projected("900.00", "1000.00").flag(TWO)).isEmpty();
    }

    @Test
    void withoutABudgetThereIsNoVarianceAndNoFlag() {
        assertThat(projected("1020.00", null).variance()).isNull();
        assertThat(projected("1020.00", null).flag(TWO)).isNull();
    }
}
