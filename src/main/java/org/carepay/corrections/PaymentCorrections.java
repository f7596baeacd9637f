package org.carepay.corrections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.carepay.valuation.PackageWeek;

/** R7 for payments: the adjustments of one released week. */
public final class PaymentCorrections {

    private PaymentCorrections() {
    }

    /**
     * The ADJUSTMENT lines of one released week, in package-week order: one for every package-week that was
     * released or is worth something today whose worth today differs from what its released lines add up to.
     *
     * @param releasedRunId the released run of the kind for the week (what each line names as its source)
     * @param released      Σ of the amounts of the VISIT, SCHEDULED and ADJUSTMENT lines of released runs of
     *                      the kind, by package-week
     * @param worthToday    what the kind's rule gives each package-week with today's data
     * @param why           the reason of a package-week's adjustment, given what was released of it
     */
    public static List<Adjustment> adjustments(String releasedRunId, Map<PackageWeek, BigDecimal> released,
                                               Map<PackageWeek, BigDecimal> worthToday,
                                               BiFunction<PackageWeek, BigDecimal, String> why) {
        SortedSet<PackageWeek> packageWeeks = new TreeSet<>(released.keySet());
        packageWeeks.addAll(worthToday.keySet());
        List<Adjustment> adjustments = new ArrayList<>();
        for (PackageWeek packageWeek : packageWeeks) {
            BigDecimal releasedAmount = released.getOrDefault(packageWeek, BigDecimal.ZERO);
            BigDecimal difference = worthToday.getOrDefault(packageWeek, BigDecimal.ZERO).subtract(releasedAmount);
            if (difference.signum() != 0) {
                adjustments.add(new Adjustment(packageWeek, difference.setScale(2), releasedRunId,
                        why.apply(packageWeek, releasedAmount)));
            }
        }
        return adjustments;
    }
}
