package org.carepay.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.carepay.corrections.Adjustment;
import org.carepay.corrections.LookBackWindow;
import org.carepay.corrections.PaymentCorrections;
import org.carepay.ledger.ReleasedPayments;
import org.carepay.ledger.RunRows;
import org.carepay.valuation.PackageWeek;
import org.springframework.stereotype.Component;

/**
 * R7's look-back of a payment run: every week of its window that a run of its kind released is valued
 * again with today's data and compared with what the released lines of the kind add up to; each
 * difference is an ADJUSTMENT line of this run.
 */
@Component
public class LookBack {

    private final ReleasedPayments released;

    public LookBack(ReleasedPayments released) {
        this.released = released;
    }

    /**
     * Adds the run's ADJUSTMENT lines to its rows.
     *
     * @return the adjustments, oldest week first
     */
    public List<Adjustment> adjust(PaymentRun run, RunRows rows, Valuer valuer) {
        List<Adjustment> adjustments = new ArrayList<>();
        released.releasedWeeks(run.kind(), LookBackWindow.start(run.weekStart()), run.weekStart())
                .forEach((week, releasedRun) -> {
                    ValuedWeek valued = valuer.value(week, releasedRun, released);
                    adjustments.addAll(PaymentCorrections.adjustments(releasedRun, released.released(run.kind(), week),
                            valued.worth(), valued.why()));
                });
        adjustments.forEach(rows::adjustment);
        return adjustments;
    }

    /** How a kind of run values a released week again with today's data (and reads what was released, to say why). */
    @FunctionalInterface
    public interface Valuer {
        ValuedWeek value(LocalDate week, String releasedRun, ReleasedPayments released);
    }

    /**
     * @param worth what the kind's rule gives each package-week with today's data
     * @param why   the reason of a package-week's adjustment, given what was released of it
     */
    public record ValuedWeek(Map<PackageWeek, BigDecimal> worth, BiFunction<PackageWeek, BigDecimal, String> why) {
    }
}
