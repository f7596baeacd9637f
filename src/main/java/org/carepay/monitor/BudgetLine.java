package org.carepay.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A row of budget.csv (R10): a service type's actual spend, the weekly cost its active packages commit, the
 * projected outturn and, when budgets.csv gives one for the year, the budget and the variance.
 *
 * @param budget null when budgets.csv has no budget of the service type for the year
 */
record BudgetLine(String serviceType, BigDecimal actualSpend, BigDecimal committedWeekly,
                  BigDecimal projectedOutturn, BigDecimal budget) {

    /** The heading of ad-hoc payments (R5), which no package commits. */
    static final String ADHOC = "ADHOC";
    static final String OVER_BUDGET = "OVER_BUDGET";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An amount as the files and the page show it: to the penny, half up (committed costs are exact); null stays. */
    static BigDecimal pennies(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** projected outturn − budget; null without a budget. */
    BigDecimal variance() {
        return budget == null ? null : projectedOutturn.subtract(budget);
    }

    /** OVER_BUDGET when the variance is above that per cent of the budget (compared exactly); null without one. */
    String flag(BigDecimal overBudgetPercent) {
        if (budget == null) {
            return null;
        }
        return variance().multiply(HUNDRED).compareTo(budget.multiply(overBudgetPercent)) > 0 ? OVER_BUDGET : "";
    }
}
