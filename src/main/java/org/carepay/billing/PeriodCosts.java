package org.carepay.billing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.carepay.rules.CarePackage;
import org.carepay.rules.CostItem;
import org.carepay.rules.RatedReturn;
import org.carepay.rules.ScheduledPayment;
import org.carepay.valuation.CheckedInvoice;
import org.carepay.valuation.ReferenceFacts;

/**
 * What R6 needs of a period's services, client by client and week by week: the amounts R2, R3 and R4 give
 * the client's packages ({@link CostItem}s), and the paid days of the client's gross chargeable care homes,
 * on which a RESIDENTIAL contribution counts.
 */
final class PeriodCosts {

    private final Map<String, Map<LocalDate, List<CostItem>>> items = new HashMap<>();
    private final Map<String, Map<LocalDate, SortedSet<LocalDate>>> careHomeDays = new HashMap<>();

    /** R2: a rated return's package-weeks, each package's visit amounts after the cap. */
    void addReturn(LocalDate week, RatedReturn rated, ReferenceFacts facts) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        rated.paidByPackage().keySet().forEach(packageId -> amounts.put(packageId, rated.amountOf(packageId)));
        addPackages(week, amounts, facts);
    }

    /** R2: each package's amount of the week, after the cap, packages in the order of their first visit. */
    void addPackages(LocalDate week, Map<String, BigDecimal> amounts, ReferenceFacts facts) {
        amounts.forEach((packageId, amount) -> add(week, new CostItem(facts.packages().get(packageId), amount)));
    }

    /** R3: the gross amounts of the packages paid in the week, and the paid days of the gross care homes. */
    void addScheduled(LocalDate week, List<ScheduledPayment> payments) {
        for (ScheduledPayment paid : payments) {
            if (!paid.paid()) {
                continue;
            }
            CarePackage pkg = paid.pkg();
            add(week, new CostItem(pkg, paid.amount()));
            if (CarePackage.RESIDENTIAL.equals(pkg.serviceType()) || CarePackage.NURSING.equals(pkg.serviceType())) {
                addCareHomeDays(pkg.clientId(), week, paid.paidDates());
            }
        }
    }

    /** R4: an accepted invoice line counts in the week of its period_end. */
    void addInvoices(Set<LocalDate> weeks, List<CheckedInvoice> invoices) {
        for (CheckedInvoice checked : invoices) {
            LocalDate week = checked.line().periodEnd().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (checked.accepted() && weeks.contains(week)) {
                add(week, new CostItem(checked.pkg(), checked.line().amount()));
            }
        }
    }

    void add(LocalDate week, CostItem item) {
        items.computeIfAbsent(item.pkg().clientId(), c -> new TreeMap<>())
                .computeIfAbsent(week, w -> new ArrayList<>()).add(item);
    }

    private void addCareHomeDays(String clientId, LocalDate week, Set<LocalDate> paidDays) {
        careHomeDays.computeIfAbsent(clientId, c -> new HashMap<>())
                .computeIfAbsent(week, w -> new TreeSet<>()).addAll(paidDays);
    }

    /** The clients with a cost item, in client_id order (a new set, the caller's to add to). */
    SortedSet<String> clients() {
        return new TreeSet<>(items.keySet());
    }

    List<CostItem> items(String clientId, LocalDate week) {
        return items.getOrDefault(clientId, Map.of()).getOrDefault(week, List.of());
    }

    Set<LocalDate> careHomeDays(String clientId, LocalDate week) {
        return careHomeDays.getOrDefault(clientId, Map.of()).getOrDefault(week, Collections.emptySortedSet());
    }
}
