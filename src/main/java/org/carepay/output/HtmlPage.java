package org.carepay.output;

import java.math.BigDecimal;

import org.carepay.payments.review.Text;

/**
 * A plain HTML page for people to read on screen and on paper: a title, sections, tables. Every text
 * given to {@link #text} or as a cell is escaped; only the page's own markup is not.
 */
public final class HtmlPage {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.6em; }
            table { border-collapse: collapse; margin-bottom: 1.2em; }
            th, td { border: 1px solid #aaa; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
            td { white-space: nowrap; } td:last-child { white-space: normal; min-width: 10em; }
            th { background: #eee; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.fail td { background: #f8d7da; }
            p.fail { color: #842029; font-weight: bold; } p.pass { color: #0f5132; font-weight: bold; }
            @page { size: A4; margin: 15mm; }
            @media print { body { margin: 0; font-size: 9pt; } tr { break-inside: avoid; } }
            """;

    private final StringBuilder html = new StringBuilder();
    private boolean inTable;

    public HtmlPage(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Text.html(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body>\n<h1>").append(Text.html(title)).append("</h1>\n");
    }

    public HtmlPage heading(String text) {
        endTable();
        html.append("<h2>").append(Text.html(text)).append("</h2>\n");
        return this;
    }

    /** A paragraph; {@code style} is a class of the page's style ("pass", "fail") or null. */
    public HtmlPage text(String text, String style) {
        endTable();
        html.append(style == null ? "<p>" : "<p class=\"" + style + "\">").append(Text.html(text)).append("</p>\n");
        return this;
    }

    public HtmlPage text(String text) {
        return text(text, null);
    }

    /** Starts a table with these column headings; a heading ending in " £" or "#" is a column of numbers. */
    public HtmlPage table(String... headings) {
        endTable();
        html.append("<table>\n<tr>");
        for (String heading : headings) {
            html.append("<th>").append(Text.html(heading)).append("</th>");
        }
        html.append("</tr>\n");
        inTable = true;
        return this;
    }

    /**
     * A row of the table; {@code style} marks it ("fail") or is null. Cells that are numbers align right; an
     * amount (2 decimals) has thousands separators.
     */
    public HtmlPage row(String style, Object... cells) {
        html.append(style == null ? "<tr>" : "<tr class=\"" + style + "\">");
        for (Object cell : cells) {
            boolean number = cell instanceof Number;
            String shown = cell instanceof BigDecimal amount && amount.scale() == 2 ? UkFormat.amount(amount)
                    : cell == null ? "" : cell.toString();
            html.append(number ? "<td class=\"n\">" : "<td>").append(Text.html(shown)).append("</td>");
        }
        html.append("</tr>\n");
        return this;
    }

    /** A chart drawn by {@link SvgChart}, put in as it is: its markup is the chart's own, its texts escaped. */
    public HtmlPage figure(String svg) {
        endTable();
        html.append("<p>").append(svg).append("</p>\n");
        return this;
    }

    private void endTable() {
        if (inTable) {
            html.append("</table>\n");
            inTable = false;
        }
    }

    /** The whole page. */
    public String html() {
        endTable();
        return html + "</body>\n</html>\n";
    }
}
