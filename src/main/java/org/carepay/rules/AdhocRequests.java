package org.carepay.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * R5: what a scheduled run of a week does with a well-formed ad-hoc payment request that no earlier run
 * has paid (claims, as in R4, are the caller's): pay it, or list it with one code.
 *
 * <p>The checks, the first that applies: UNKNOWN_PROVIDER, UNKNOWN_CLIENT (REFUSED), AWAITING_APPROVAL (HELD,
 * no approver), SELF_APPROVED (HELD, approved_by equals requested_by ignoring case and surrounding white
 * space), AWAITING_WEEK (INFO, the run's week starts before the Monday of approved_on's week); otherwise
 * payable. A self-approved request for a later week is SELF_APPROVED: it needs another approver whatever
 * the week.
 */
public final class AdhocRequests {

    private AdhocRequests() {
    }

    /** The decision: {@link #payable()} when code is null, else the one code and its note. */
    public record Decision(PaymentRequest request, ScheduledCode code, ScheduledNote note) {

        public Decision {
            Objects.requireNonNull(request, "request");
            if ((code == null) != (note == null)) {
                throw new IllegalArgumentException("a listed request has one note, a payable one none");
            }
        }

        public boolean payable() {
            return code == null;
        }
    }

    /**
     * @param runWeek       the run's week (a Monday)
     * @param providerKnown whether provider_id is in providers
     * @param clientKnown   whether client_id is in clients
     */
    public static Decision decide(PaymentRequest request, LocalDate runWeek, boolean providerKnown,
            boolean clientKnown) {
        if (runWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week is named by its Monday: " + runWeek);
        }
        if (!providerKnown) {
            return listed(request, ScheduledCode.UNKNOWN_PROVIDER, "provider_id not in providers");
        }
        if (!clientKnown) {
            return listed(request, ScheduledCode.UNKNOWN_CLIENT, "client_id not in clients");
        }
        if (!request.approved()) {
            return listed(request, ScheduledCode.AWAITING_APPROVAL, "requested by " + request.requestedBy()
                    + ", not approved yet");
        }
        if (person(request.approvedBy()).equals(person(request.requestedBy()))) {
            return listed(request, ScheduledCode.SELF_APPROVED, "approved by " + request.approvedBy()
                    + ", who requested it");
        }
        LocalDate approvedWeek = request.approvedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (runWeek.isBefore(approvedWeek)) {
            return listed(request, ScheduledCode.AWAITING_WEEK, "approved on " + request.approvedOn()
                    + ", payable from week " + approvedWeek);
        }
        return new Decision(request, null, null);
    }

    /** Names compared ignoring case and surrounding white space. */
    private static String person(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Decision listed(PaymentRequest request, ScheduledCode code, String detail) {
        return new Decision(request, code, new ScheduledNote(code, null, detail));
    }
}
