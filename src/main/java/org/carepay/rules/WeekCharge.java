package org.carepay.rules;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * R6: the WEEK line of one client and one week: chargeable cost, maximum charge, charge =
 * min(cost, maximum) and its status.
 *
 * <p>There is a line only when the chargeable cost is above 0 ({@link #of} gives empty otherwise). Its
 * status is NOT_ASSESSED when a day of the week on which the client is alive and a package counting towards
 * the cost is active has no contribution row (the charge is shown, not billed; INFO {@code NOT_ASSESSED},
 * service_date = the week); else ACCRUED when the client's billing_status is ACCRUE (Court of Protection);
 * else BILLED.
 */
public record WeekCharge(LocalDate weekStart, BigDecimal chargeableCost, BigDecimal maximumCharge,
        BigDecimal charge, Status status) {

    /** The status column of charge-lines.csv for a WEEK line. */
    public enum Status { BILLED, ACCRUED, NOT_ASSESSED }

    /** clients.csv billing_status. */
    public static final String NORMAL = "NORMAL";
    public static final String ACCRUE = "ACCRUE";

    public WeekCharge {
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(chargeableCost, "chargeableCost");
        Objects.requireNonNull(maximumCharge, "maximumCharge");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(status, "status");
    }

    /**
     * @param weekStart     a Monday
     * @param billingStatus NORMAL or ACCRUE
     * @param contributions the client's contribution rows
     * @param items         the client's cost items of the week (see {@link CostItem})
     * @param paidResidentialDays see {@link MaximumCharge#of}
     * @return empty when the chargeable cost is not above 0 (no WEEK line)
     */
    public static Optional<WeekCharge> of(LocalDate weekStart, ClientFacts client, String billingStatus,
            ContributionHistory contributions, List<CostItem> items, Set<LocalDate> paidResidentialDays) {
        return of(weekStart, client, billingStatus, contributions, ChargeableCost.of(items), paidResidentialDays);
    }

    /** The same, from the week's chargeable cost already worked out (its packages also go on a statement). */
    public static Optional<WeekCharge> of(LocalDate weekStart, ClientFacts client, String billingStatus,
            ContributionHistory contributions, ChargeableCost cost, Set<LocalDate> paidResidentialDays) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week is named by its Monday: " + weekStart);
        }
        if (!NORMAL.equals(billingStatus) && !ACCRUE.equals(billingStatus)) {
            throw new IllegalArgumentException("billing_status must be NORMAL or ACCRUE: " + billingStatus);
        }
        if (cost.total().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal maximum = MaximumCharge.of(weekStart, client, contributions, cost.total(), paidResidentialDays);
        BigDecimal charge = cost.total().min(maximum);
        Status status;
        if (notAssessed(weekStart, client, contributions, cost.countingPackages())) {
            status = Status.NOT_ASSESSED;
        } else if (ACCRUE.equals(billingStatus)) {
            status = Status.ACCRUED;
        } else {
            status = Status.BILLED;
        }
        return Optional.of(new WeekCharge(weekStart, cost.total(), maximum, charge, status));
    }

    /** A day of the week, client alive and a counting package active, without a contribution row. */
    private static boolean notAssessed(LocalDate weekStart, ClientFacts client, ContributionHistory contributions,
            List<CarePackage> counting) {
        for (int i = 0; i < 7; i++) {
            LocalDate d = weekStart.plusDays(i);
            if (client.aliveOn(d) && contributions.on(d).isEmpty()
                    && counting.stream().anyMatch(p -> p.activeOn(d))) {
                return true;
            }
        }
        return false;
    }
}
