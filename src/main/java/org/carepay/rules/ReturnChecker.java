package org.carepay.rules;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * R2's checks 2..11 for the lines of ONE provider return, in record order, and the payable minutes,
 * paid carers and carer-minutes of each accepted line. The weekly cap comes after, per package
 * ({@link WeeklyCap}).
 *
 * <p>It remembers only what DUPLICATE_VISIT needs: the lines so far that passed checks 1–8 with
 * actual_minutes &gt; 0. Such a line counts even if it is itself refused later (as MISSED_VISIT cannot,
 * but NO_RATE or a duplicate can), because check 9 asks only about checks 1–8.
 */
public final class ReturnChecker {

    private final LocalDate returnWeek;
    private final LocalDate returnWeekEnd;
    private final HomecarePolicy policy;
    private final Rates rates;

    /** (client, visit_date, actual_start) → the record number of the first line that set it. */
    private final Map<VisitKey, Integer> visited = new HashMap<>();
    private String providerId;
    private int lastRecordNo = Integer.MIN_VALUE;

    public ReturnChecker(LocalDate returnWeek, HomecarePolicy policy, Rates rates) {
        if (returnWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a return week is named by its Monday: " + returnWeek);
        }
        this.returnWeek = returnWeek;
        this.returnWeekEnd = returnWeek.plusDays(6);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /**
     * Checks the next line of the return.
     *
     * @param client the facts of the client the line names, null when it is not in clients
     * @param pkg    the package the line names, null when it is not in packages
     */
    public VisitResult check(Visit visit, ClientFacts client, CarePackage pkg) {
        sameReturnInRecordOrder(visit);
        Optional<VisitResult> refused = refusedByChecks2To8(visit, client, pkg);
        if (refused.isPresent()) {
            return refused.get();
        }
        LocalDate day = visit.visitDate();
        VisitKey key = new VisitKey(visit.clientId(), day, visit.actualStart());
        // Only a line with actual_minutes > 0 that passed 1-8 makes later ones duplicates (it is this one now).
        Integer earlier = visit.actualMinutes() > 0 ? visited.putIfAbsent(key, visit.recordNo()) : visited.get(key);
        if (earlier != null) {
            return VisitResult.refused(visit, VisitCode.DUPLICATE_VISIT,
                    "same client, visit_date and actual_start as record " + earlier);
        }
        if (visit.actualMinutes() == 0) {
            return VisitResult.refused(visit, VisitCode.MISSED_VISIT, "actual_minutes 0");
        }
        Optional<BigDecimal> rate = rates.rateOn(pkg, day);
        if (rate.isEmpty()) {
            return VisitResult.refused(visit, VisitCode.NO_RATE,
                    "no unit_rate and no framework rate for " + pkg.providerId() + " " + pkg.serviceType()
                            + " on " + day);
        }
        return accepted(visit, pkg, rate.get());
    }

    /** Checks 2..8, the ones that decide whether a line can count for DUPLICATE_VISIT. */
    private Optional<VisitResult> refusedByChecks2To8(Visit visit, ClientFacts client, CarePackage pkg) {
        LocalDate day = visit.visitDate();
        if (client == null) {
            return refuse(visit, VisitCode.UNKNOWN_CLIENT, "client_id not in clients");
        }
        if (pkg == null) {
            return refuse(visit, VisitCode.UNKNOWN_PACKAGE, "package_id not in packages");
        }
        String mismatch = mismatch(visit, pkg);
        if (mismatch != null) {
            return refuse(visit, VisitCode.PACKAGE_MISMATCH, mismatch);
        }
        if (day.isBefore(returnWeek) || day.isAfter(returnWeekEnd)) {
            return refuse(visit, VisitCode.OUTSIDE_RETURN_WEEK,
                    "visit_date " + day + " is not in week " + returnWeek + ".." + returnWeekEnd);
        }
        if (!pkg.activeOn(day)) {
            return refuse(visit, VisitCode.OUTSIDE_PACKAGE_DATES, "package " + pkg.packageId() + " is active "
                    + pkg.startDate() + ".." + (pkg.endDate() == null ? "open" : pkg.endDate()) + ", not on " + day);
        }
        if (!client.aliveOn(day)) {
            return refuse(visit, VisitCode.CLIENT_DECEASED, "client died on " + client.dateOfDeath());
        }
        Optional<HospitalStay> stay = client.stayOn(day);
        if (stay.isPresent()) {
            return refuse(visit, VisitCode.CLIENT_IN_HOSPITAL,
                    "client in hospital " + stay.get().span() + " on " + day);
        }
        return Optional.empty();
    }

    /** Check 4: why the package is not this line's, or null when it is. */
    private static String mismatch(Visit visit, CarePackage pkg) {
        if (!pkg.clientId().equals(visit.clientId())) {
            return "package " + pkg.packageId() + " is client " + pkg.clientId() + "'s";
        }
        if (!pkg.providerId().equals(visit.providerId())) {
            return "package " + pkg.packageId() + " is provider " + pkg.providerId() + "'s";
        }
        if (!pkg.isHomecareOnActuals()) {
            return "package " + pkg.packageId() + " is " + pkg.serviceType() + " " + pkg.paymentBasis()
                    + ", not HOMECARE ACTUALS";
        }
        return null;
    }

    private VisitResult accepted(Visit visit, CarePackage pkg, BigDecimal hourlyRate) {
        PayableMinutes payable = PayableMinutes.of(visit, policy);
        List<Note> notes = new ArrayList<>(2);
        payable.note().ifPresent(notes::add);
        int paidCarers = Math.min(visit.carers(), pkg.carers());
        if (visit.carers() > pkg.carers()) {
            notes.add(new Note(VisitCode.CARERS_EXCEED_PLAN, visit.carers() + " carers on a " + pkg.carers()
                    + "-carer package: paid " + payable.minutes() + " x " + paidCarers,
                    payable.minutes() * (visit.carers() - paidCarers)));
        }
        return new VisitResult(visit, null, payable.minutes(), paidCarers, payable.minutes() * paidCarers,
                hourlyRate, notes);
    }

    /** The checker is for one return's lines in record order, as DUPLICATE_VISIT's "earlier" needs. */
    private void sameReturnInRecordOrder(Visit visit) {
        if (!returnWeek.equals(visit.weekStart())) {
            throw new IllegalArgumentException("line " + visit.source() + " is of week " + visit.weekStart()
                    + ", not of this return's week " + returnWeek);
        }
        if (providerId == null) {
            providerId = visit.providerId();
        } else if (!providerId.equals(visit.providerId())) {
            throw new IllegalArgumentException("line " + visit.source() + " is provider " + visit.providerId()
                    + "'s, not this return's " + providerId);
        }
        if (visit.recordNo() <= lastRecordNo) {
            throw new IllegalArgumentException("line " + visit.source() + " comes after record " + lastRecordNo
                    + ": lines must be checked in record order");
        }
        lastRecordNo = visit.recordNo();
    }

    private static Optional<VisitResult> refuse(Visit visit, VisitCode code, String detail) {
        return Optional.of(VisitResult.refused(visit, code, detail));
    }

    private record VisitKey(String clientId, LocalDate visitDate, LocalTime actualStart) {
    }
}
