package org.carepay.rules;

import java.util.Optional;

/**
 * R2's payable minutes of an accepted visit, from planned p, actual a, tolerance t and rounding unit u:
 * <ul>
 * <li>p − t ≤ a ≤ p: p (within tolerance);</li>
 * <li>a &lt; p − t: roundUnit(a), INFO SHORT_VISIT;</li>
 * <li>a &gt; p without variation_ref: p, INFO OVER_DELIVERY with the excess;</li>
 * <li>a &gt; p with a variation_ref: max(p, roundUnit(a)) (authorised).</li>
 * </ul>
 *
 * @param minutes payable minutes (per carer)
 * @param note    SHORT_VISIT or OVER_DELIVERY, when one applies
 */
public record PayableMinutes(int minutes, Optional<Note> note) {

    public static PayableMinutes of(Visit visit, HomecarePolicy policy) {
        int p = visit.plannedMinutes();
        int a = visit.actualMinutes();
        if (a < p - policy.toleranceMinutes()) {
            // Taken as the rule writes it, also in the corner where a policy with t < u/2 would round a
            // short visit up to more than p (never with the defaults: roundUnit(a) ≤ a + 2 ≤ p − 4).
            int paid = policy.roundUnit(a);
            return new PayableMinutes(paid, Optional.of(new Note(VisitCode.SHORT_VISIT,
                    "planned " + p + ", actual " + a + ": paid " + paid, p - paid)));
        }
        if (a <= p) {
            return new PayableMinutes(p, Optional.empty());
        }
        if (visit.hasVariation()) {
            return new PayableMinutes(Math.max(p, policy.roundUnit(a)), Optional.empty());
        }
        return new PayableMinutes(p, Optional.of(new Note(VisitCode.OVER_DELIVERY,
                "planned " + p + ", actual " + a + ", no variation_ref: paid " + p + ", " + (a - p)
                        + " minutes excess not paid", a - p)));
    }
}
