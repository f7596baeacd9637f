package org.carepay.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * R10: how much of a HOMECARE ACTUALS package's planned care its released weeks delivered: planned =
 * planned_units_per_week × 60 × carers × the weeks; delivered = the carer-minutes its VISIT lines paid in them.
 *
 * @param planned            the planned carer-minutes of the weeks
 * @param delivered          the carer-minutes paid
 * @param missedVisitsByWeek the package's MISSED_VISIT refusals in each week
 */
public record CarePlanDelivery(BigDecimal planned, BigDecimal delivered, List<Integer> missedVisitsByWeek) {

    public static final String UNDER_DELIVERED = "UNDER_DELIVERED";
    public static final String MISSED_VISITS = "MISSED_VISITS";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CarePlanDelivery {
        missedVisitsByWeek = List.copyOf(missedVisitsByWeek);
    }

    public static CarePlanDelivery of(CarePackage pkg, BigDecimal delivered, List<Integer> missedVisitsByWeek) {
        BigDecimal planned = pkg.plannedUnitsPerWeek().multiply(MINUTES_PER_HOUR)
                .multiply(BigDecimal.valueOf(pkg.carers())).multiply(BigDecimal.valueOf(missedVisitsByWeek.size()));
        return new CarePlanDelivery(planned, delivered, missedVisitsByWeek);
    }

    /** delivered ÷ planned in per cent, to 1 decimal (half up); null when nothing was planned. */
    public BigDecimal percent() {
        return planned.signum() == 0 ? null
                : delivered.multiply(HUNDRED).divide(planned, 1, RoundingMode.HALF_UP);
    }

    public int missedVisits() {
        return missedVisitsByWeek.stream().mapToInt(Integer::intValue).sum();
    }

    /** Below the threshold, compared exactly (80 % delivered is not under 80 %). */
    public boolean underDelivered(BigDecimal thresholdPercent) {
        return delivered.multiply(HUNDRED).compareTo(planned.multiply(thresholdPercent)) < 0;
    }

    /** One of the weeks has that many missed visits or more. */
    public boolean missedVisits(int inAWeek) {
        return missedVisitsByWeek.stream().anyMatch(missed -> missed >= inAWeek);
    }

    /**
     * The flags, UNDER_DELIVERED before MISSED_VISITS, joined by ";" when both hold (R10 does not say how a
     * package with both is written: docs/monitor.md); empty for none.
     */
    public String flags(BigDecimal underDeliveredPercent, int missedVisitsInAWeek) {
        List<String> flags = new ArrayList<>();
        if (underDelivered(underDeliveredPercent)) {
            flags.add(UNDER_DELIVERED);
        }
        if (missedVisits(missedVisitsInAWeek)) {
            flags.add(MISSED_VISITS);
        }
        return String.join(";", flags);
    }

    /** delivery.csv lists a package with a flag or a delivery below 100 %. */
    public boolean listed(BigDecimal underDeliveredPercent, int missedVisitsInAWeek) {
        return !flags(underDeliveredPercent, missedVisitsInAWeek).isEmpty() || delivered.compareTo(planned) < 0;
    }
}
