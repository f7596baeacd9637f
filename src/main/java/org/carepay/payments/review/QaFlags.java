package org.carepay.payments.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * R8's controls before release: the flags a proposed run's QA report shows. They never block the run;
 * the approver looks at each one before approving.
 */
public final class QaFlags {

    private QaFlags() {
    }

    /**
     * R8's flags for one proposed run.
     *
     * @param proposedOn the date the run was first proposed (so that proposing it again does not move
     *                   the bank-change window)
     * @param providers  one per provider in the run
     * @param largeLines candidate lines; those over {@code policy.largeLine()} are flagged
     * @return the flags sorted by {@link QaFlag#ORDER}: provider id, then code order, then detail
     */
    public static List<QaFlag> of(QaPolicy policy, LocalDate proposedOn, List<ProviderTotal> providers,
                                  List<LargeLine> largeLines) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(proposedOn, "proposedOn");
        List<QaFlag> flags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProviderTotal provider : providers) {
            if (!seen.add(provider.providerId())) {
                throw new IllegalArgumentException("provider twice in one run: " + provider.providerId());
            }
            totalVariance(policy, provider, flags);
            bankDetailsChanged(policy, proposedOn, provider, flags);
            nonPositiveTotal(provider, flags);
        }
        for (LargeLine line : largeLines) {
            largeLine(policy, line, flags);
        }
        flags.sort(QaFlag.ORDER);
        return List.copyOf(flags);
    }

    /**
     * "differs from the mean of its last 4 released runs by more than 25 % and more than £500". With n
     * runs summing to S, the mean S/n is not always a finite decimal (n = 3), so both tests are taken
     * times n and stay exact: |n·total − S| > fraction·|S| and |n·total − S| > n·amount. "More than":
     * a difference of exactly 25 % or exactly £500 is not flagged. The 25 % is of the mean's size, so a
     * negative mean (recoveries) is compared as a positive one; a mean of 0 makes any difference over
     * 25 % of it, and the £500 test alone decides. No history: nothing to compare, no flag.
     */
    private static void totalVariance(QaPolicy policy, ProviderTotal provider, List<QaFlag> flags) {
        if (!provider.hasHistory()) {
            return;
        }
        BigDecimal n = BigDecimal.valueOf(provider.historyRuns());
        BigDecimal sum = provider.historySum();
        BigDecimal nTimesDifference = n.multiply(provider.total()).subtract(sum); // n × (total − mean)
        BigDecimal size = nTimesDifference.abs();
        if (size.compareTo(policy.varianceFraction().multiply(sum.abs())) > 0
                && size.compareTo(n.multiply(policy.varianceAmount())) > 0) {
            BigDecimal difference = nTimesDifference.divide(n, 2, RoundingMode.HALF_UP); // for display only
            flags.add(new QaFlag(QaFlagCode.TOTAL_VARIANCE, provider.providerId(), varianceDetail(provider, difference)));
        }
    }

    /**
     * E.g. "total 1800.00, mean of the last 3 released runs 1200.00, difference +600.00". When the mean
     * is not whole pennies it is shown rounded half up, and so is the difference (from the exact mean),
     * and the detail says so: the two may then not subtract to the penny.
     */
    private static String varianceDetail(ProviderTotal provider, BigDecimal difference) {
        String history = provider.historyRuns() == 1
                ? "total of the last released run"
                : "mean of the last " + provider.historyRuns() + " released runs";
        String sign = difference.signum() >= 0 ? "+" : "";
        return "total " + Money.text(provider.total()) + ", " + history + " " + Money.text(provider.meanToThePenny())
                + ", difference " + sign + Money.text(difference)
                + (provider.meanIsWholePennies() ? "" : " (mean and difference rounded to the penny)");
    }

    private static void largeLine(QaPolicy policy, LargeLine line, List<QaFlag> flags) {
        if (line.amount().compareTo(policy.largeLine()) <= 0) {
            return; // "over £5,000": 5000.00 itself is not flagged; nor is a large recovery (negative)
        }
        List<String> whose = new ArrayList<>();
        if (!line.clientId().isEmpty()) {
            whose.add("client " + line.clientId());
        }
        if (!line.packageId().isEmpty()) {
            whose.add("package " + line.packageId());
        }
        String detail = line.source() + (whose.isEmpty() ? "" : " (" + String.join(", ", whose) + ")")
                + ": " + Money.text(line.amount());
        flags.add(new QaFlag(QaFlagCode.LARGE_LINE, line.providerId(), detail));
    }

    /**
     * "bank details changed in the 28 days before the proposal". Flagged when changed ≥ proposedOn − 28:
     * day −28 is in (the 28 days before run from −28 to −1), and so are the day of the proposal and any
     * later date. A mandate fraud is exactly a change made just before money goes out, and a never
     * blocking flag costs the officer one look while a missed one may cost a payment: so the proposal
     * day is in (the snapshot of that morning may carry the change), and so are dates after it, which
     * only a run proposed again with a later snapshot, or a date entered in the future, can show.
     */
    private static void bankDetailsChanged(QaPolicy policy, LocalDate proposedOn, ProviderTotal provider,
                                           List<QaFlag> flags) {
        LocalDate changedOn = provider.bankDetailsChangedOn();
        if (changedOn == null || changedOn.isBefore(proposedOn.minusDays(policy.bankChangeDays()))) {
            return;
        }
        long daysBefore = ChronoUnit.DAYS.between(changedOn, proposedOn);
        String when = daysBefore == 0 ? "the day of the proposal"
                : daysBefore > 0 ? days(daysBefore) + " before the proposal on " + proposedOn
                : days(-daysBefore) + " after the proposal on " + proposedOn;
        flags.add(new QaFlag(QaFlagCode.BANK_DETAILS_CHANGED, provider.providerId(),
                "bank details changed on " + changedOn + ", " + when));
    }

    private static String days(long count) {
        return count == 1 ? "1 day" : count + " days";
    }

    /** "a negative or zero provider total". */
    private static void nonPositiveTotal(ProviderTotal provider, List<QaFlag> flags) {
        if (provider.total().signum() <= 0) {
            flags.add(new QaFlag(QaFlagCode.NON_POSITIVE_TOTAL, provider.providerId(),
                    "total " + Money.text(provider.total())));
        }
    }
}
