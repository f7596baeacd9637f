package org.carepay.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * R10: what a package commits the council to on day D, and what it will cost from the week after D's to the
 * financial year's end.
 *
 * <p>The committed weekly cost is rate(D) × planned_units_per_week, × carers for HOMECARE, less the client's
 * RESIDENTIAL weekly_amount on D for a NET package, not below 0; nothing when the package is not active on D
 * or has no rate on D (R3 would refuse it NO_RATE). As R10 says it, a NET package takes off the RESIDENTIAL
 * weekly_amount only: a FULL_COST assessment takes nothing off, and each of a client's NET packages takes it
 * off (R3 pays the first one net, the others gross, and nothing under FULL_COST); docs/monitor.md.
 *
 * @param weekly     the committed weekly cost, exact (not rounded: R10 rounds the projection only)
 * @param daysToCome the package's active days from the Monday after D's week to the year's end, its end_date
 *                   counted; 0 for a package not active on D
 */
public record Commitment(BigDecimal weekly, long daysToCome) {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);

    public static Commitment of(CarePackage pkg, Rates rates, ContributionHistory contributions, LocalDate day,
                                FinancialYear year) {
        if (!pkg.activeOn(day)) {
            return new Commitment(BigDecimal.ZERO, 0);
        }
        BigDecimal value = rates.rateOn(pkg, day).map(rate -> rate.multiply(pkg.plannedUnitsPerWeek()))
                .orElse(BigDecimal.ZERO);
        if (CarePackage.HOMECARE.equals(pkg.serviceType())) {
            value = value.multiply(BigDecimal.valueOf(pkg.carers()));
        }
        if (pkg.isNet()) {
            BigDecimal contribution = contributions.on(day)
                    .filter(row -> Contribution.RESIDENTIAL.equals(row.assessmentType()))
                    .map(Contribution::weeklyAmount).orElse(BigDecimal.ZERO);
            value = value.subtract(contribution).max(BigDecimal.ZERO);
        }
        LocalDate nextMonday = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate last = pkg.endDate() == null || pkg.endDate().isAfter(year.end()) ? year.end() : pkg.endDate();
        return new Commitment(value, Math.max(0, ChronoUnit.DAYS.between(nextMonday, last) + 1));
    }

    /** round(weekly × days to come / 7): the package's part of the projected outturn. */
    public BigDecimal toYearEnd() {
        return weekly.multiply(BigDecimal.valueOf(daysToCome)).divide(DAYS_PER_WEEK, 2, RoundingMode.HALF_UP);
    }
}
