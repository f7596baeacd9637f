package org.carepay.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * R3: what a scheduled run pays a PLANNED package for one week, or why it pays nothing.
 *
 * <p>Either a SCHEDULED payment line ({@link #refusal()} null) with its paid days (paid_units) and amount
 * (also 0 paid days and 0.00, so that the remittance shows why), or {@code NO_RATE}: a paid day has no
 * rate, the package-week is refused and has no payment line. A package not active on any day of the week
 * has neither: {@link #of} gives empty.
 *
 * <p>NET packages: the caller passes the client's contributions to the package that takes them, i.e. of a
 * client's NET packages the one that started first (then the lowest package_id), and
 * {@link ContributionHistory#NONE} to the others, which are then paid like GROSS ones.
 *
 * @param refusal  NO_RATE, or null for a payment line
 * @param paidDates the paid days (none when refused); R6 counts a RESIDENTIAL contribution on them
 * @param amount   the amount, 2 decimals; null when refused
 * @param notes    refused: the one NO_RATE note (service_date = the week); a line: RETAINER_EXPIRED once,
 *                 with the first unpaid hospital day, when the retainer ran out in the week
 */
public record ScheduledPayment(CarePackage pkg, LocalDate weekStart, ScheduledCode refusal,
        SortedSet<LocalDate> paidDates, BigDecimal amount, List<ScheduledNote> notes) {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    public ScheduledPayment {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(weekStart, "weekStart");
        notes = List.copyOf(notes);
        paidDates = Collections.unmodifiableSortedSet(new TreeSet<>(paidDates));
        if (refusal == null) {
            Objects.requireNonNull(amount, "a payment line's amount");
        } else if (refusal != ScheduledCode.NO_RATE) {
            throw new IllegalArgumentException(refusal + " does not refuse a package-week");
        }
    }

    public boolean paid() {
        return refusal == null;
    }

    /** paid_units of the SCHEDULED line: the number of paid days. */
    public int paidDays() {
        return paidDates.size();
    }

    /**
     * R3 for the package and the week starting on weekStart (a Monday).
     *
     * @param client        the package's client's facts
     * @param contributions the client's contributions, used only for a NET package (see the class comment)
     * @return empty when the package is not active on any day of the week
     */
    public static Optional<ScheduledPayment> of(CarePackage pkg, LocalDate weekStart, ClientFacts client,
            Rates rates, ContributionHistory contributions, ScheduledPolicy policy) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week is named by its Monday: " + weekStart);
        }
        if (!CarePackage.PLANNED.equals(pkg.paymentBasis())) {
            throw new IllegalArgumentException("R3 pays PLANNED packages, " + pkg.packageId() + " is "
                    + pkg.paymentBasis());
        }
        boolean active = false;
        SortedSet<LocalDate> paidDates = new TreeSet<>();
        LocalDate firstRetainerExpired = null;
        HospitalStay expiredStay = null;
        BigDecimal sum = BigDecimal.ZERO; // Σ over paid days of value(d) [− contribution(d)], exact
        for (int i = 0; i < 7; i++) {
            LocalDate d = weekStart.plusDays(i);
            if (!pkg.activeOn(d)) {
                continue;
            }
            active = true;
            DayKind kind = dayKind(pkg, client, d, policy);
            if (kind == DayKind.RETAINER_EXPIRED && firstRetainerExpired == null) {
                firstRetainerExpired = d;
                expiredStay = client.stayOn(d).orElseThrow();
            }
            if (kind != DayKind.PAID) {
                continue;
            }
            Optional<BigDecimal> rate = rates.rateOn(pkg, d);
            if (rate.isEmpty()) {
                return Optional.of(new ScheduledPayment(pkg, weekStart, ScheduledCode.NO_RATE, new TreeSet<>(), null,
                        List.of(new ScheduledNote(ScheduledCode.NO_RATE, weekStart, "no unit_rate and no framework rate for "
                                + pkg.providerId() + " " + pkg.serviceType() + " on " + d))));
            }
            BigDecimal value = rate.get().multiply(pkg.plannedUnitsPerWeek());
            sum = sum.add(pkg.isNet() ? value.subtract(contribution(contributions, d, value)) : value);
            paidDates.add(d);
        }
        if (!active) {
            return Optional.empty();
        }
        // Divide once and round once: half-up, symmetric for a negative NET sum (R0).
        BigDecimal amount = sum.divide(DAYS_PER_WEEK, 2, RoundingMode.HALF_UP);
        if (amount.signum() < 0) {
            amount = ZERO; // NET: max(0, …), after rounding as R3 writes it
        }
        List<ScheduledNote> notes = firstRetainerExpired == null ? List.of()
                : List.of(new ScheduledNote(ScheduledCode.RETAINER_EXPIRED, firstRetainerExpired,
                        "in hospital " + expiredStay.span() + ": the place is kept for " + policy.retainerDays()
                                + " days after admission, not from " + firstRetainerExpired));
        return Optional.of(new ScheduledPayment(pkg, weekStart, null, paidDates, amount, notes));
    }

    private enum DayKind { PAID, NOT_PAID, RETAINER_EXPIRED }

    /** Whether an active day d is paid, by service type. */
    private static DayKind dayKind(CarePackage pkg, ClientFacts client, LocalDate d, ScheduledPolicy policy) {
        switch (pkg.serviceType()) {
            case CarePackage.RESIDENTIAL, CarePackage.NURSING -> {
                boolean aliveOrGrace = client.aliveOn(d)
                        || ChronoUnit.DAYS.between(client.dateOfDeath(), d) <= policy.deathGraceDays();
                if (!aliveOrGrace) {
                    return DayKind.NOT_PAID; // no RETAINER_EXPIRED for a day death already leaves unpaid
                }
                Optional<HospitalStay> stay = client.stayOn(d);
                if (stay.isPresent() && ChronoUnit.DAYS.between(stay.get().start(), d) > policy.retainerDays()) {
                    return DayKind.RETAINER_EXPIRED;
                }
                return DayKind.PAID;
            }
            case CarePackage.DAY_CARE, CarePackage.SUPPORTED_LIVING, CarePackage.HOMECARE -> {
                return client.aliveOn(d) && !client.inHospitalOn(d) ? DayKind.PAID : DayKind.NOT_PAID;
            }
            case CarePackage.ISF, CarePackage.DIRECT_PAYMENT -> {
                return client.aliveOn(d) ? DayKind.PAID : DayKind.NOT_PAID;
            }
            default -> throw new IllegalArgumentException("unknown service type " + pkg.serviceType()
                    + " of package " + pkg.packageId());
        }
    }

    /**
     * contribution(d): the weekly_amount of a RESIDENTIAL assessment, the full value(d) under FULL_COST, 0
     * under NON_RESIDENTIAL, NIL or no row.
     */
    private static BigDecimal contribution(ContributionHistory contributions, LocalDate d, BigDecimal value) {
        Optional<Contribution> row = contributions.on(d);
        if (row.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return switch (row.get().assessmentType()) {
            case Contribution.RESIDENTIAL -> row.get().weeklyAmount();
            case Contribution.FULL_COST -> value;
            default -> BigDecimal.ZERO;
        };
    }
}
