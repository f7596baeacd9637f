package org.carepay.monitor;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.carepay.output.CsvOutput;

/** The CSVs of out/monitor/DATE/ (formats.md): budget.csv, income.csv and delivery.csv. */
final class MonitorFiles {

    private static final CsvOutput BUDGET = new CsvOutput(List.of("service_type", "actual_spend", "committed_weekly",
            "projected_outturn", "budget", "variance", "flag"), Set.of());
    private static final CsvOutput INCOME = new CsvOutput(List.of("financial_year_start", "billed_to_date",
            "accrued_cop_balance"), Set.of());
    private static final CsvOutput DELIVERY = new CsvOutput(List.of("provider_id", "client_id", "package_id",
            "planned_minutes", "delivered_minutes", "delivery_percent", "missed_visits", "flag"),
            Set.of("provider_id", "client_id", "package_id"));

    private MonitorFiles() {
    }

    static void write(Path folder, MonitorReport report) throws IOException {
        BUDGET.write(folder.resolve("budget.csv"), report.budget().stream().map(line -> Arrays.<Object>asList(
                line.serviceType(), money(line.actualSpend()), money(line.committedWeekly()),
                money(line.projectedOutturn()), money(line.budget()), money(line.variance()),
                line.flag(report.policy().overBudgetPercent()))).toList());
        INCOME.write(folder.resolve("income.csv"), List.of(List.of(report.year().start().toString(),
                money(report.billed()), money(report.accruedCourtOfProtection()))));
        DELIVERY.write(folder.resolve("delivery.csv"), report.listedDelivery().stream().map(row -> Arrays.<Object>asList(
                row.pkg().providerId(), row.pkg().clientId(), row.pkg().packageId(),
                minutes(row.delivery().planned()), minutes(row.delivery().delivered()), row.delivery().percent(),
                row.delivery().missedVisits(), report.deliveryFlags(row))).toList());
    }

    /** Exactly 2 decimals (formats.md); null (an empty value) for none. */
    private static String money(BigDecimal amount) {
        return amount == null ? null : BudgetLine.pennies(amount).toPlainString();
    }

    /** A plain decimal without trailing zeros, as paid_units is written. */
    private static String minutes(BigDecimal minutes) {
        return minutes.stripTrailingZeros().toPlainString();
    }
}
