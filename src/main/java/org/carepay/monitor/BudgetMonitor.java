package org.carepay.monitor;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.carepay.CarepayProperties;
import org.carepay.reference.CurrentReference;
import org.carepay.rules.CarePackage;
import org.carepay.rules.CarePlanDelivery;
import org.carepay.rules.Commitment;
import org.carepay.rules.FinancialYear;
import org.carepay.valuation.ReferenceFacts;
import org.springframework.stereotype.Component;

/**
 * R10 on day D: the released ledger's figures ({@link ReleasedFigures}) with the current reference data's
 * packages (their {@link Commitment}s and {@link CarePlanDelivery}).
 */
@Component
class BudgetMonitor {

    private static final List<String> RUN_KINDS = List.of("HOMECARE", "SCHEDULED");

    private final ReleasedFigures figures;
    private final CurrentReference reference;
    private final CarepayProperties.Monitor policy;

    BudgetMonitor(ReleasedFigures figures, CurrentReference reference, CarepayProperties properties) {
        this.figures = figures;
        this.reference = reference;
        this.policy = properties.monitor();
    }

    MonitorReport report(LocalDate day) {
        FinancialYear year = FinancialYear.of(day, policy.yearStart());
        ReferenceFacts facts = reference.facts();
        Map<String, BigDecimal> budgets = figures.budgets(year);
        List<LocalDate> deliveryWeeks = figures.deliveryWeeks(day, policy.deliveryWeeks());
        List<PackageDelivery> delivery = delivery(facts, deliveryWeeks);
        return new MonitorReport(day, year, policy, budget(day, year, facts, budgets), !budgets.isEmpty(),
                figures.billed(year, day), figures.accruedCourtOfProtection(day), figures.spendByWeek(year, day),
                weeksNotReleased(year, day), deliveryWeeks, delivery, noReturn(deliveryWeeks, delivery));
    }

    /** By week, the providers of the delivery packages whose return the week's released run did not rate. */
    private Map<LocalDate, List<String>> noReturn(List<LocalDate> weeks, List<PackageDelivery> delivery) {
        Map<LocalDate, Set<String>> rated = figures.providersRated(weeks);
        Map<LocalDate, List<String>> missing = new TreeMap<>();
        TreeSet<String> providers = new TreeSet<>();
        delivery.forEach(row -> providers.add(row.pkg().providerId()));
        for (LocalDate week : weeks) {
            List<String> none = providers.stream().filter(p -> !rated.getOrDefault(week, Set.of()).contains(p)).toList();
            if (!none.isEmpty()) {
                missing.put(week, none);
            }
        }
        return missing;
    }

    /** A row per service type with a spend, an active package or a budget; ADHOC's outturn is its spend. */
    private List<BudgetLine> budget(LocalDate day, FinancialYear year, ReferenceFacts facts,
                                    Map<String, BigDecimal> budgets) {
        Map<String, BigDecimal> spend = figures.spendByServiceType(year, day);
        Map<String, BigDecimal> weekly = new HashMap<>();
        Map<String, BigDecimal> toCome = new HashMap<>();
        for (CarePackage pkg : facts.packages().values()) {
            if (pkg.activeOn(day)) {
                Commitment commitment = Commitment.of(pkg, facts.rates(), facts.contributionsOf(pkg.clientId()), day,
                        year);
                weekly.merge(pkg.serviceType(), commitment.weekly(), BigDecimal::add);
                toCome.merge(pkg.serviceType(), commitment.toYearEnd(), BigDecimal::add);
            }
        }
        TreeSet<String> serviceTypes = new TreeSet<>(spend.keySet());
        serviceTypes.addAll(weekly.keySet());
        serviceTypes.addAll(budgets.keySet());
        List<BudgetLine> lines = new ArrayList<>();
        for (String type : serviceTypes) {
            BigDecimal actual = spend.getOrDefault(type, BigDecimal.ZERO);
            lines.add(new BudgetLine(type, actual, weekly.getOrDefault(type, BigDecimal.ZERO),
                    actual.add(toCome.getOrDefault(type, BigDecimal.ZERO)), budgets.get(type)));
        }
        return lines;
    }

    /** The Mondays from the year's first to D's week's that no run of each kind released. */
    private Map<String, List<LocalDate>> weeksNotReleased(FinancialYear year, LocalDate day) {
        Map<String, List<LocalDate>> missing = new LinkedHashMap<>();
        LocalDate first = year.start().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (String kind : RUN_KINDS) {
            List<LocalDate> released = figures.releasedWeeks(kind, year, day);
            List<LocalDate> weeks = new ArrayList<>();
            for (LocalDate week = first; !week.isAfter(day); week = week.plusWeeks(1)) {
                if (!released.contains(week)) {
                    weeks.add(week);
                }
            }
            missing.put(kind, weeks);
        }
        return missing;
    }

    /** Every HOMECARE ACTUALS package active on every day of the delivery weeks, with what they delivered. */
    private List<PackageDelivery> delivery(ReferenceFacts facts, List<LocalDate> weeks) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        Map<String, BigDecimal> delivered = figures.deliveredMinutes(weeks);
        Map<String, Map<LocalDate, Integer>> missed = figures.missedVisits(weeks);
        List<PackageDelivery> rows = new ArrayList<>();
        for (CarePackage pkg : facts.packages().values()) {
            if (pkg.isHomecareOnActuals() && weeks.stream().allMatch(week -> activeAllWeek(pkg, week))) {
                Map<LocalDate, Integer> missedByWeek = missed.getOrDefault(pkg.packageId(), Map.of());
                rows.add(new PackageDelivery(pkg, CarePlanDelivery.of(pkg,
                        delivered.getOrDefault(pkg.packageId(), BigDecimal.ZERO),
                        weeks.stream().map(week -> missedByWeek.getOrDefault(week, 0)).toList())));
            }
        }
        rows.sort(Comparator.comparing((PackageDelivery row) -> row.pkg().providerId())
                .thenComparing(row -> row.pkg().clientId()).thenComparing(row -> row.pkg().packageId()));
        return rows;
    }

    private static boolean activeAllWeek(CarePackage pkg, LocalDate week) {
        return pkg.activeOn(week) && pkg.activeOn(week.plusDays(6));
    }
}
