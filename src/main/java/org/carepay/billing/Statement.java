package org.carepay.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.carepay.payments.review.Text;

/**
 * A client's statement for one bill (statements/CLIENT_ID.html): the weeks, the services and their cost,
 * the council's share, the assessed contribution (the most the client pays a week), the charge, and the
 * total, addressed to whoever receives the bill. Self-contained HTML that prints on A4, every value escaped,
 * the same facts always the same bytes.
 *
 * @param lines the bill's charge lines in charge-lines.csv order, each with the services of its week
 */
record Statement(String runId, String clientId, String clientName, String billTo, String addressLine1,
                 String postcode, String debtorRef, LocalDate periodStart, LocalDate periodEnd, BigDecimal total,
                 List<Line> lines) {

    /** A charge line; a WEEK line lists the services its cost is made of. */
    record Line(LocalDate weekStart, String lineType, BigDecimal chargeableCost, BigDecimal maximumCharge,
                BigDecimal charge, String status, String detail, List<Service> services) {
    }

    /** One package's cost in a week. */
    record Service(String serviceType, String providerName, BigDecimal amount, int councilShare,
                   BigDecimal chargeable) {
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 50em; }
            table { border-collapse: collapse; width: 100%; margin: 1em 0; }
            th, td { border: 1px solid #aaa; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.week td { background: #f6f6f6; font-weight: bold; }
            .total { font-size: 1.2em; font-weight: bold; }
            @media print { body { margin: 0; } }
            """;

    String html() {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Statement ")
                .append(esc(debtorRef)).append(' ').append(periodStart).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        page.append("<h1>Adult Social Care: statement of charges</h1>\n");
        page.append("<p>").append(esc(billTo)).append("<br>\n").append(esc(addressLine1)).append("<br>\n")
                .append(esc(postcode)).append("</p>\n");
        page.append("<p>Charges for ").append(esc(clientName)).append(" (client ").append(esc(clientId))
                .append(") &middot; account ").append(esc(debtorRef))
                .append(" &middot; period ").append(periodStart).append(" to ").append(periodEnd)
                .append(" &middot; bill ").append(esc(runId)).append("</p>\n");
        page.append("<table>\n<tr><th>Week beginning</th><th>Service</th><th>Provider</th><th class=\"n\">Cost</th>"
                + "<th class=\"n\">Council share</th><th class=\"n\">Chargeable cost</th></tr>\n");
        for (Line line : lines) {
            appendLine(page, line);
        }
        page.append("</table>\n");
        page.append("<p class=\"total\">Total to pay: &pound;").append(total.toPlainString()).append("</p>\n");
        page.append("""
                <p>How each week is worked out: the chargeable cost is what the council paid for your chargeable
                services that week (its share where the NHS pays part). Your assessed contribution is the most you
                pay for a week, counted day by day. You are charged the lower of the two. Weeks marked
                &ldquo;not billed&rdquo; are shown for information and are not part of the total.</p>
                </body>
                </html>
                """);
        return page.toString();
    }

    private static void appendLine(StringBuilder page, Line line) {
        for (Service service : line.services()) {
            page.append("<tr><td>").append(line.weekStart()).append("</td><td>").append(words(service.serviceType()))
                    .append("</td><td>").append(esc(service.providerName())).append("</td><td class=\"n\">")
                    .append(money(service.amount())).append("</td><td class=\"n\">").append(service.councilShare())
                    .append("&nbsp;%</td><td class=\"n\">").append(money(service.chargeable())).append("</td></tr>\n");
        }
        // Dates, amounts and fixed words only: no escaping needed, and the &pound; stays an entity.
        String what = switch (line.lineType()) {
            case "WEEK" -> "Week of " + line.weekStart() + ": chargeable cost " + money(line.chargeableCost())
                    + ", your assessed contribution " + money(line.maximumCharge()) + ", charge (the lower)";
            case "COP_ARREARS" -> "Charges accrued from " + line.weekStart() + " while a Court of Protection case";
            case "ARREARS" -> "Arrears for the week of " + line.weekStart();
            default -> "Credit for the week of " + line.weekStart();
        };
        String billed = "BILLED".equals(line.status()) ? "" : " (not billed: " + words(line.status()) + ")";
        String detail = line.detail() == null ? "" : "<br>" + esc(line.detail());
        page.append("<tr class=\"week\"><td colspan=\"5\">").append(what).append(billed).append(detail)
                .append("</td><td class=\"n\">").append(money(line.charge())).append("</td></tr>\n");
    }

    private static String money(BigDecimal amount) {
        return "&pound;" + amount.toPlainString();
    }

    /** A code as words: SUPPORTED_LIVING → supported living. */
    private static String words(String code) {
        return esc(code.toLowerCase().replace('_', ' '));
    }

    private static String esc(String text) {
        return Text.html(text);
    }
}
