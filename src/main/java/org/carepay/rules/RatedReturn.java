package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R2 for one provider return: every line checked in record order, then the weekly cap package by package.
 * The homecare run pays it; the billing run (R6) takes the package-weeks' amounts as their cost.
 *
 * @param refused        the refused lines, in record order, each with its one note
 * @param paidByPackage  the payment lines of each package (also those the cap cut to 0.00), packages in the
 *                       order of their first accepted line, lines in the cap's order
 */
public record RatedReturn(List<VisitResult> refused, Map<String, List<PaidVisit>> paidByPackage) {

    public RatedReturn {
        refused = List.copyOf(refused);
        paidByPackage = Collections.unmodifiableMap(new LinkedHashMap<>(paidByPackage));
    }

    /**
     * @param visits   the return's lines in record order
     * @param clients  by client_id, as {@link ReturnChecker#check} takes them
     * @param packages by package_id
     */
    public static RatedReturn of(LocalDate returnWeek, HomecarePolicy policy, Rates rates,
            Map<String, ClientFacts> clients, Map<String, CarePackage> packages, List<Visit> visits) {
        ReturnChecker checker = new ReturnChecker(returnWeek, policy, rates);
        List<VisitResult> refused = new ArrayList<>();
        Map<String, List<VisitResult>> acceptedByPackage = new LinkedHashMap<>();
        for (Visit visit : visits) {
            VisitResult result = checker.check(visit, clients.get(visit.clientId()), packages.get(visit.packageId()));
            if (result.accepted()) {
                acceptedByPackage.computeIfAbsent(visit.packageId(), p -> new ArrayList<>()).add(result);
            } else {
                refused.add(result);
            }
        }
        Map<String, List<PaidVisit>> paid = new LinkedHashMap<>();
        acceptedByPackage.forEach((packageId, accepted) ->
                paid.put(packageId, WeeklyCap.apply(packages.get(packageId), accepted)));
        return new RatedReturn(refused, paid);
    }

    /** Σ of the package's visit amounts after the cap: its R2 amount of the week. */
    public BigDecimal amountOf(String packageId) {
        return paidByPackage.getOrDefault(packageId, List.of()).stream().map(PaidVisit::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
