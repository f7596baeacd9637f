package org.carepay.monitor;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.carepay.output.AtomicFile;
import org.carepay.output.Document;
import org.carepay.output.UkFormat;

/**
 * monitor.html: R10's figures for the managers and senior officers who read them, with charts, and what each flag
 * asks of whom (jobs/monitor.yml's runbook says the same).
 */
final class MonitorPage {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MonitorPage() {
    }

    static void write(Path folder, MonitorReport report, String council) throws IOException {
        Document page = new Document(council + ": budget monitoring on " + UkFormat.longDate(report.day()));
        page.text("Financial year " + UkFormat.longDate(report.year().start()) + " to "
                + UkFormat.longDate(report.year().end()) + ". Released runs only: a run proposed or approved but not"
                + " released counts in none of these figures.");
        report.weeksNotReleased().forEach((kind, weeks) -> {
            if (!weeks.isEmpty()) {
                page.text("Weeks with no released " + kind.toLowerCase() + " run, in neither the actual spend nor the"
                        + " projection: " + weekRanges(weeks) + ".");
            }
        });
        budget(page, report);
        income(page, report);
        delivery(page, report);
        String html = page.html();
        AtomicFile.write(folder.resolve("monitor.html"), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static void budget(Document page, MonitorReport report) {
        page.heading("Spend against budget");
        page.table("Service type", "Actual spend £", "Committed a week £", "Projected outturn £", "Budget £",
                "Variance £", "Flag");
        for (BudgetLine line : report.budget()) {
            page.row(line.serviceType(), money(line.actualSpend()), money(line.committedWeekly()),
                    money(line.projectedOutturn()), money(line.budget()), money(line.variance()),
                    line.flag(report.policy().overBudgetPercent()));
        }
        BigDecimal outturn = total(report, BudgetLine::projectedOutturn);
        BigDecimal budget = report.budgeted() ? money(total(report, BudgetLine::budget)) : null;
        page.row("Total", money(total(report, BudgetLine::actualSpend)),
                money(total(report, BudgetLine::committedWeekly)), money(outturn), budget,
                budget == null ? null : money(outturn.subtract(budget)), "");
        page.text(overBudget(report));
        page.figure(MonitorCharts.spendThroughTheYear(report.year(), report.day(), report.spendByWeek(), outturn,
                budget));
        page.text("Spend through the year: the solid line is the actual spend to date, week by week; the dotted one"
                + " runs on to the projected outturn at the year's end" + (budget == null ? "."
                : "; the dashed grey one is the budget spread evenly over the year."));
        page.figure(MonitorCharts.outturnByServiceType(report.budget()));
        page.text("Projected outturn per service type: dark, spent so far; light, projected to the year's end"
                + (report.budgeted() ? "; the black tick is the budget." : "."));
        page.text("The projected outturn is the actual spend plus, for each package active on "
                + UkFormat.date(report.day()) + ", its committed weekly cost for its days from the Monday after that"
                + " week to the year's end (rules R10).");
    }

    /** What the flag asks of whom, or that no service type has it. */
    private static String overBudget(MonitorReport report) {
        if (!report.budgeted()) {
            return "reference/budgets.csv gives no budget for this financial year: budgets and variances are not shown.";
        }
        String margin = plain(report.policy().overBudgetPercent()) + " %";
        boolean flagged = report.budget().stream().anyMatch(line -> BudgetLine.OVER_BUDGET.equals(
                line.flag(report.policy().overBudgetPercent())));
        return flagged ? "OVER_BUDGET: the projected outturn is more than " + margin + " over the budget. The budget"
                + " holder of the service type looks at its commitments and tells the senior officers what will be done."
                : "No service type is projected more than " + margin + " over its budget.";
    }

    private static void income(Document page, MonitorReport report) {
        page.heading("Income");
        page.table("Billed to clients this year £", "Accrued Court of Protection balance £");
        page.row(money(report.billed()), money(report.accruedCourtOfProtection()));
        page.text("Billed: the lines of released billing runs sent as bills (weeks, arrears, credits and Court of"
                + " Protection arrears) of the weeks of this year so far. Accrued: Court of Protection charges not yet"
                + " billed, which a deputy's appointment will bring in.");
    }

    private static void delivery(Document page, MonitorReport report) {
        page.heading("Care-plan delivery");
        if (report.deliveryWeeks().isEmpty()) {
            page.text("No homecare week ending before " + UkFormat.date(report.day()) + " was released yet.");
            return;
        }
        page.text("Homecare on actuals over the released weeks of " + weekRanges(report.deliveryWeeks()) + ": the"
                + " carer-minutes paid against the care plan, for " + report.delivery().size() + " packages active on"
                + " every day of those weeks.");
        report.noReturn().forEach((week, providers) -> page.text("No return rated for w/c " + UkFormat.date(week)
                + " from " + String.join(", ", providers) + ": their packages show nothing delivered that week (a"
                + " return that comes late is paid by a later run, as an adjustment, and not counted here)."));
        page.figure(MonitorCharts.deliveryByProvider(byProvider(report.delivery()),
                report.policy().underDeliveredPercent()));
        page.table("Provider", "Client", "Package", "Planned minutes", "Delivered minutes", "Delivery %",
                "Missed visits", "Flag");
        for (PackageDelivery row : report.listedDelivery()) {
            page.row(row.pkg().providerId(), row.pkg().clientId(), row.pkg().packageId(),
                    minutes(row.delivery().planned()), minutes(row.delivery().delivered()), row.delivery().percent(),
                    row.delivery().missedVisits(), report.deliveryFlags(row));
        }
        page.text("The packages delivered below 100 % or flagged. UNDER_DELIVERED: below "
                + plain(report.policy().underDeliveredPercent()) + " % of the planned care was delivered: the"
                + " commissioning team asks the provider why. MISSED_VISITS: " + report.policy().missedVisitsInAWeek()
                + " or more missed visits in one week: a social worker checks that care is reaching the client.");
    }

    /** Each provider's delivery over all its packages: Σ delivered ÷ Σ planned, to 1 decimal. */
    private static Map<String, BigDecimal> byProvider(List<PackageDelivery> rows) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (PackageDelivery row : rows) {
            BigDecimal[] sum = sums.computeIfAbsent(row.pkg().providerId(), p -> new BigDecimal[] {BigDecimal.ZERO,
                    BigDecimal.ZERO});
            sum[0] = sum[0].add(row.delivery().planned());
            sum[1] = sum[1].add(row.delivery().delivered());
        }
        Map<String, BigDecimal> percent = new TreeMap<>();
        sums.forEach((provider, sum) -> {
            if (sum[0].signum() > 0) {
                percent.put(provider, sum[1].multiply(HUNDRED).divide(sum[0], 1, RoundingMode.HALF_UP));
            }
        });
        return percent;
    }

    /** Consecutive weeks as one range: "6 Apr 2026 to 9 Nov 2026 (32 weeks), 23 Nov 2026". */
    static String weekRanges(List<LocalDate> weeks) {
        List<String> ranges = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= weeks.size(); i++) {
            if (i == weeks.size() || !weeks.get(i).equals(weeks.get(i - 1).plusWeeks(1))) {
                ranges.add(i - 1 == from ? "w/c " + UkFormat.date(weeks.get(from))
                        : "w/c " + UkFormat.date(weeks.get(from)) + " to w/c " + UkFormat.date(weeks.get(i - 1))
                                + " (" + (i - from) + " weeks)");
                from = i;
            }
        }
        return String.join(", ", ranges);
    }

    /** Minutes as a whole number when they are one (the page would show 2 decimals as an amount). */
    private static Number minutes(BigDecimal minutes) {
        BigDecimal plain = minutes.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.toBigInteger() : plain;
    }

    private static BigDecimal money(BigDecimal amount) {
        return BudgetLine.pennies(amount);
    }

    /** A column of budget.csv added up, a service type without a value counting 0. */
    private static BigDecimal total(MonitorReport report, Function<BudgetLine, BigDecimal> column) {
        return report.budget().stream().map(column).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
