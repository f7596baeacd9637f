package org.carepay.accounts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R9's reading of one managed account on a date, pure: weeks of funding left (balance ÷ weekly budget,
 * 2 decimals, none without a budget) and the flag, OVERSPENT (balance below 0) or SURPLUS (balance above
 * {@code surplusWeeks} weeks of budget: money to recover).
 */
record AccountPosition(BigDecimal balance, BigDecimal weeklyBudget, int surplusWeeks) {

    String weeksOfFunding() {
        return weeklyBudget.signum() == 0 ? null
                : balance.divide(weeklyBudget, 2, RoundingMode.HALF_UP).toPlainString();
    }

    String flag() {
        if (balance.signum() < 0) {
            return "OVERSPENT";
        }
        return balance.compareTo(weeklyBudget.multiply(BigDecimal.valueOf(surplusWeeks))) > 0 ? "SURPLUS" : null;
    }
}
