package org.carepay.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * R2's weekly cap, per package and week: the carer-minutes of visits without a variation_ref may not
 * exceed floor(planned_units_per_week × 60 × package carers). In order of (visit_date, actual_start,
 * record number), each is paid in full while the running total stays within the cap, the one that
 * crosses it is paid what is left, every later one 0. Authorised variations are paid in full and do
 * not count, because the council approved them beyond the plan.
 */
public final class WeeklyCap {

    /** The order the cap takes visits in, which is also the order of the lines returned. */
    static final Comparator<VisitResult> CAP_ORDER = Comparator
            .comparing((VisitResult r) -> r.visit().visitDate())
            .thenComparing(r -> r.visit().actualStart())
            .thenComparingInt(r -> r.visit().recordNo());

    private WeeklyCap() {
    }

    /** The cap in carer-minutes: floor(planned_units_per_week × 60 × carers), computed exactly. */
    public static long capOf(CarePackage pkg) {
        return pkg.plannedUnitsPerWeek().multiply(BigDecimal.valueOf(60L * pkg.carers()))
                .setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /**
     * @param accepted the accepted visits of this package in one return week, in any order
     * @return one payment line per visit, in the cap's order
     */
    public static List<PaidVisit> apply(CarePackage pkg, List<VisitResult> accepted) {
        List<VisitResult> ordered = new ArrayList<>(accepted);
        ordered.forEach(result -> checkBelongs(pkg, ordered.get(0), result));
        ordered.sort(CAP_ORDER);
        long cap = capOf(pkg);
        long used = 0;
        List<PaidVisit> lines = new ArrayList<>(ordered.size());
        for (VisitResult result : ordered) {
            if (result.visit().hasVariation()) {
                lines.add(new PaidVisit(result, result.carerMinutes(), result.amountBeforeCap(), result.notes()));
                continue;
            }
            int paid = (int) Math.min(result.carerMinutes(), cap - used);
            lines.add(paid == result.carerMinutes()
                    ? new PaidVisit(result, paid, result.amountBeforeCap(), result.notes())
                    : cut(result, paid, cap, used));
            used += paid;
        }
        return lines;
    }

    private static PaidVisit cut(VisitResult result, int paid, long cap, long usedBefore) {
        int notPaid = result.carerMinutes() - paid;
        List<Note> notes = new ArrayList<>(result.notes());
        notes.add(new Note(VisitCode.WEEKLY_CAP_EXCEEDED, "cap " + cap + ", " + usedBefore + " used before it: "
                + paid + " of its " + result.carerMinutes() + " carer-minutes paid, " + notPaid + " not paid",
                notPaid));
        return new PaidVisit(result, paid, VisitAmount.of(paid, result.hourlyRate()), notes);
    }

    private static void checkBelongs(CarePackage pkg, VisitResult first, VisitResult result) {
        if (!result.accepted()) {
            throw new IllegalArgumentException("only accepted visits are capped: " + result.visit().source());
        }
        if (!pkg.packageId().equals(result.visit().packageId())) {
            throw new IllegalArgumentException("visit " + result.visit().source() + " is not of package "
                    + pkg.packageId());
        }
        if (!first.visit().weekStart().equals(result.visit().weekStart())) {
            throw new IllegalArgumentException("the cap is per week: " + result.visit().source() + " is of week "
                    + result.visit().weekStart() + ", " + first.visit().source() + " of " + first.visit().weekStart());
        }
    }
}
