package org.carepay.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * R6: the maximum charge of one client's week. Counting the days of the week on which the client is alive
 * (a deceased client's days after the date of death count 0):
 * <ul>
 * <li>NON_RESIDENTIAL: its weekly_amount;</li>
 * <li>RESIDENTIAL: its weekly_amount on a paid day (R3) of a gross, chargeable RESIDENTIAL or NURSING
 * package of the client, else 0;</li>
 * <li>FULL_COST: the chargeable cost of the week;</li>
 * <li>NIL, or no contribution row: 0;</li>
 * </ul>
 * max = round(Σ counted / 7), half-up to the penny.
 */
public final class MaximumCharge {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);

    private MaximumCharge() {
    }

    /**
     * @param weekStart       a Monday
     * @param chargeableCost  the week's chargeable cost (R6), counted on FULL_COST days
     * @param paidResidentialDays the days of the week that are paid days (R3) of a GROSS, chargeable
     *                        RESIDENTIAL or NURSING package of the client (hospital-retainer days included,
     *                        days before the placement or after the retainer excluded); days after the
     *                        death (R3's grace days) may be given, they do not count here
     */
    public static BigDecimal of(LocalDate weekStart, ClientFacts client, ContributionHistory contributions,
            BigDecimal chargeableCost, Set<LocalDate> paidResidentialDays) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week is named by its Monday: " + weekStart);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 7; i++) {
            LocalDate d = weekStart.plusDays(i);
            if (!client.aliveOn(d)) {
                continue;
            }
            Optional<Contribution> row = contributions.on(d);
            if (row.isEmpty()) {
                continue;
            }
            sum = sum.add(switch (row.get().assessmentType()) {
                case Contribution.NON_RESIDENTIAL -> row.get().weeklyAmount();
                case Contribution.RESIDENTIAL -> paidResidentialDays.contains(d) ? row.get().weeklyAmount()
                        : BigDecimal.ZERO;
                case Contribution.FULL_COST -> chargeableCost;
                case Contribution.NIL -> BigDecimal.ZERO;
                default -> throw new IllegalArgumentException("unknown assessment type "
                        + row.get().assessmentType());
            });
        }
        return sum.divide(DAYS_PER_WEEK, 2, RoundingMode.HALF_UP);
    }
}
