package org.carepay.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.carepay.corrections.Adjustment;
import org.carepay.corrections.LookBackWindow;
import org.carepay.corrections.PaymentCorrections;
import org.carepay.ingest.format.InboxKind;
import org.carepay.ledger.ReferenceChanges;
import org.carepay.ledger.ReleasedPayments;
import org.carepay.ledger.RunRows;
import org.carepay.valuation.Changes;
import org.carepay.valuation.PackageWeek;
import org.carepay.valuation.Scope;
import org.springframework.stereotype.Component;

/**
 * R7's look-back of a payment run: every week of its window that a run of its kind released is valued
 * again with today's data and compared with what the released lines of the kind add up to; each
 * difference is an ADJUSTMENT line of this run.
 *
 * <p>Cost follows what changed: a released week's lines add up to what it was worth under the data of the
 * run that valued it last (the last released run of the kind whose window covers it), so only what changed
 * since that run's inputs can differ, and only that is valued again.
 */
@Component
public class LookBack {

    private final ReleasedPayments released;
    private final ReferenceChanges referenceChanges;

    public LookBack(ReleasedPayments released, ReferenceChanges referenceChanges) {
        this.released = released;
        this.referenceChanges = referenceChanges;
    }

    /**
     * Adds the run's ADJUSTMENT lines to its rows.
     *
     * @param snapshots the snapshot kinds the run's rules read (what a change is looked for in)
     * @return the adjustments, oldest week first
     */
    public List<Adjustment> adjust(PaymentRun run, RunRows rows, List<InboxKind> snapshots, Valuer valuer) {
        LocalDate from = LookBackWindow.start(run.weekStart());
        Map<LocalDate, String> lastValuedBy = released.lastValuedBy(run.kind(), from, run.weekStart());
        Map<String, Changes> changes = new HashMap<>();
        Map<String, Set<Long>> inputs = new HashMap<>();
        List<Adjustment> adjustments = new ArrayList<>();
        released.releasedWeeks(run.kind(), from, run.weekStart()).forEach((week, releasedRun) -> {
            String valuedBy = lastValuedBy.get(week);
            LookBackWeek lookBackWeek = new LookBackWeek(week, releasedRun,
                    changes.computeIfAbsent(valuedBy, by -> referenceChanges.since(by, snapshots)),
                    inputs.computeIfAbsent(valuedBy, referenceChanges::inputsOf));
            ValuedWeek valued = valuer.value(lookBackWeek, released);
            if (!valued.scope().isEmpty()) {
                adjustments.addAll(PaymentCorrections.adjustments(releasedRun,
                        released.released(run.kind(), week, valued.scope()), valued.worth(), valued.why()));
            }
        });
        adjustments.forEach(rows::adjustment);
        return adjustments;
    }

    /**
     * One released week of the window.
     *
     * @param releasedRun the run of the kind that released it (what its adjustments name)
     * @param changes     what changed in the reference data since the run that valued it last
     * @param valuedFrom  that run's input files (a return among them has not changed since)
     */
    public record LookBackWeek(LocalDate week, String releasedRun, Changes changes, Set<Long> valuedFrom) {
    }

    /** How a kind of run values a released week again with today's data (and reads what was released, to say why). */
    @FunctionalInterface
    public interface Valuer {
        ValuedWeek value(LookBackWeek week, ReleasedPayments released);
    }

    /**
     * @param scope the package-weeks valued again; the others are worth what was released
     * @param worth what the kind's rule gives each package-week of the scope with today's data
     * @param why   the reason of a package-week's adjustment, given what was released of it
     */
    public record ValuedWeek(Scope scope, Map<PackageWeek, BigDecimal> worth,
                             BiFunction<PackageWeek, BigDecimal, String> why) {
    }
}
