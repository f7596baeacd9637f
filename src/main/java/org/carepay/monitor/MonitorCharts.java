package org.carepay.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carepay.output.UkFormat;
import org.carepay.payments.review.Text;
import org.carepay.rules.FinancialYear;

/**
 * The charts of monitor.html, drawn as inline SVG (no script, nothing from the network) in whole pixels, so that
 * the same figures give the same bytes: spend through the year against the budget's straight line, the projected
 * outturn of each service type against its budget, and each provider's care-plan delivery against the threshold.
 */
final class MonitorCharts {

    private static final String DARK = "#1f4e79";
    private static final String LIGHT = "#9dc3e6";
    private static final String WARN = "#c0504d";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    private MonitorCharts() {
    }

    /**
     * The cumulative actual spend at the end of each released week, the projection from the last one to the
     * year's end, and (with a budget) the budget spread evenly over the year's days.
     */
    static String spendThroughTheYear(FinancialYear year, LocalDate day, Map<LocalDate, BigDecimal> spendByWeek,
                                      BigDecimal projected, BigDecimal budget) {
        int left = 90;
        int width = 540; // the chart fits the width of an A4 page, 180 mm
        int plot = 200;
        BigDecimal top = projected.max(budget == null ? BigDecimal.ZERO : budget);
        Svg svg = new Svg(left + width + 20, plot + 35, "spend through the financial year");
        monthGrid(svg, year, left, width, plot);
        svg.text(left - 6, 14, UkFormat.money(top), "end").text(left - 6, plot + 10, "£0", "end");
        if (budget != null) {
            svg.line(left, 10 + plot, left + width, 10 + plot - scaled(budget, top, plot), "#555", true);
        }
        StringBuilder points = new StringBuilder().append(left).append(',').append(10 + plot);
        BigDecimal cumulative = BigDecimal.ZERO;
        int lastY = 10 + plot;
        for (Map.Entry<LocalDate, BigDecimal> week : spendByWeek.entrySet()) {
            cumulative = cumulative.add(week.getValue());
            int x = left + scaled(ChronoUnit.DAYS.between(year.start(), week.getKey().plusDays(7)), year.days(), width);
            lastY = 10 + plot - scaled(cumulative, top, plot);
            points.append(' ').append(x).append(',').append(lastY);
        }
        // Flat to the Monday after D's week, where the projection starts (R10): the weeks between are in neither.
        LocalDate projectedFrom = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int lastX = left + scaled(Math.min(year.days(), ChronoUnit.DAYS.between(year.start(), projectedFrom)), year.days(),
                width);
        points.append(' ').append(lastX).append(',').append(lastY);
        svg.polyline(points.toString(), DARK);
        return svg.line(lastX, lastY, left + width, 10 + plot - scaled(projected, top, plot), DARK, true).end();
    }

    /** A line at the start of each month of the year, named under it. */
    private static void monthGrid(Svg svg, FinancialYear year, int left, int width, int plot) {
        for (LocalDate month = year.start(); !month.isAfter(year.end()); month = month.plusMonths(1)) {
            int x = left + scaled(ChronoUnit.DAYS.between(year.start(), month), year.days(), width);
            svg.line(x, 10, x, 10 + plot, "#ddd", false).text(x + 2, plot + 25, month.format(MONTH), "start");
        }
    }

    /** A bar per service type: the projected outturn (light), its actual spend so far (dark), its budget (a tick). */
    static String outturnByServiceType(List<BudgetLine> lines) {
        int left = 130;
        int width = 380;
        BigDecimal top = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            top = top.max(line.projectedOutturn()).max(line.budget() == null ? BigDecimal.ZERO : line.budget());
        }
        Svg svg = new Svg(left + width + 110, 28 * lines.size() + 12, "projected outturn per service type");
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            int y = 10 + 28 * i;
            svg.text(left - 6, y + 15, line.serviceType(), "end")
                    .bar(left, y, scaled(line.projectedOutturn(), top, width), 20, LIGHT, line.serviceType()
                            + " projected outturn " + UkFormat.money(line.projectedOutturn()))
                    .bar(left, y, scaled(line.actualSpend(), top, width), 20, DARK, line.serviceType()
                            + " actual spend " + UkFormat.money(line.actualSpend()))
                    .text(left + scaled(line.projectedOutturn(), top, width) + 6, y + 15,
                            UkFormat.money(line.projectedOutturn()), "start");
            if (line.budget() != null) {
                int x = left + scaled(line.budget(), top, width);
                svg.line(x, y - 3, x, y + 23, "#000", false);
            }
        }
        return svg.end();
    }

    /** A bar per provider of its packages' delivery in per cent, with the threshold marked; below it, red. */
    static String deliveryByProvider(Map<String, BigDecimal> percentByProvider, BigDecimal threshold) {
        int left = 90;
        int width = 400;
        BigDecimal top = BigDecimal.valueOf(120);
        Svg svg = new Svg(left + width + 70, 28 * percentByProvider.size() + 30, "care-plan delivery by provider");
        int i = 0;
        for (Map.Entry<String, BigDecimal> provider : percentByProvider.entrySet()) {
            int y = 10 + 28 * i++;
            BigDecimal percent = provider.getValue().min(top);
            svg.text(left - 6, y + 15, provider.getKey(), "end")
                    .bar(left, y, scaled(percent, top, width), 20,
                            provider.getValue().compareTo(threshold) < 0 ? WARN : LIGHT,
                            provider.getKey() + " " + provider.getValue() + " %")
                    .text(left + scaled(percent, top, width) + 6, y + 15, provider.getValue() + " %", "start");
        }
        int x = left + scaled(threshold, top, width);
        int bottom = 28 * percentByProvider.size() + 8;
        return svg.line(x, 4, x, bottom, "#000", true)
                .text(x, bottom + 14, threshold.stripTrailingZeros().toPlainString() + " %", "middle").end();
    }

    /** An amount as a length of at most {@code full} pixels, {@code top} being full; 0 for none or below 0. */
    private static int scaled(BigDecimal amount, BigDecimal top, int full) {
        if (top.signum() <= 0 || amount.signum() <= 0) {
            return 0;
        }
        return amount.min(top).multiply(BigDecimal.valueOf(full)).divide(top, 0, RoundingMode.HALF_UP).intValueExact();
    }

    private static int scaled(long part, long whole, int full) {
        return scaled(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), full);
    }

    /** The markup of one chart, its texts escaped. */
    private static final class Svg {
        private final StringBuilder svg = new StringBuilder();

        Svg(int width, int height, String title) {
            svg.append("<svg role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\"><title>")
                    .append(Text.html(title)).append("</title>");
        }

        Svg line(int x1, int y1, int x2, int y2, String colour, boolean dashed) {
            svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                    .append("\" y2=\"").append(y2).append("\" stroke=\"").append(colour).append('"')
                    .append(dashed ? " stroke-dasharray=\"4 3\"" : "").append("/>");
            return this;
        }

        Svg polyline(String points, String colour) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                    .append(points).append("\"/>");
            return this;
        }

        Svg bar(int x, int y, int width, int height, String colour, String title) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                    .append("\" height=\"").append(height).append("\" fill=\"").append(colour).append("\"><title>")
                    .append(Text.html(title)).append("</title></rect>");
            return this;
        }

        Svg text(int x, int y, String text, String anchor) {
            svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"11\" text-anchor=\"")
                    .append(anchor).append("\">").append(Text.html(text)).append("</text>");
            return this;
        }

        String end() {
            return svg.append("</svg>").toString();
        }
    }
}
