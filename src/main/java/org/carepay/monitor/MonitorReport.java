package org.carepay.monitor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.carepay.CarepayProperties;
import org.carepay.rules.FinancialYear;

/**
 * Everything `carepay monitor date=D` reports (R10), worked out once and written as the CSVs and the page.
 *
 * @param budget           budget.csv's rows, by service type
 * @param budgeted         whether budgets.csv gives any budget for the year
 * @param spendByWeek      the actual spend of each released week of the year so far, by its Monday
 * @param weeksNotReleased by run kind (HOMECARE, SCHEDULED), the weeks of the year up to D's that no run of
 *                         the kind released: in neither figure
 * @param deliveryWeeks    the released homecare weeks that delivery covers, oldest first
 * @param delivery         every package those weeks cover, in provider, client and package order
 * @param noReturn         by delivery week, the providers of those packages whose return the week's run did not
 *                         rate (none came): their packages show nothing delivered that week
 */
record MonitorReport(LocalDate day, FinancialYear year, CarepayProperties.Monitor policy, List<BudgetLine> budget,
                     boolean budgeted, BigDecimal billed, BigDecimal accruedCourtOfProtection,
                     Map<LocalDate, BigDecimal> spendByWeek, Map<String, List<LocalDate>> weeksNotReleased,
                     List<LocalDate> deliveryWeeks, List<PackageDelivery> delivery,
                     Map<LocalDate, List<String>> noReturn) {

    /** The packages delivery.csv lists: a flag, or a delivery below 100 %. */
    List<PackageDelivery> listedDelivery() {
        return delivery.stream().filter(row -> row.delivery().listed(policy.underDeliveredPercent(),
                policy.missedVisitsInAWeek())).toList();
    }

    String deliveryFlags(PackageDelivery row) {
        return row.delivery().flags(policy.underDeliveredPercent(), policy.missedVisitsInAWeek());
    }
}
