package org.carepay.documents;

import org.carepay.CarepayProperties;
import org.carepay.payments.review.Text;

/**
 * A document to send or post, as well-formed XHTML for an A4 page: it reads on screen, prints from a browser and
 * renders to PDF as it is. The council's letterhead on top, then blocks, facts and tables; every text given is
 * escaped, only the page's own markup is not. Money and counts align right; a table's rows are not split across
 * pages and its heading repeats on each page.
 */
final class PrintedPage {

    private static final String STYLE = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
                    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: Arial,
                                    Helvetica, sans-serif; font-size: 8pt; color: #444; } }
            body { font-family: Arial, Helvetica, sans-serif; font-size: 9.5pt; color: #1a1a1a;
                   margin: 0 auto; max-width: 182mm; line-height: 1.35; }
            table { border-collapse: collapse; width: 100%; }
            .letterhead td { vertical-align: top; padding: 0; }
            .council { font-size: 13pt; font-weight: bold; }
            .from { color: #444; font-size: 8.5pt; text-align: right; }
            h1 { font-size: 15pt; margin: 8mm 0 2mm 0; }
            h2 { font-size: 11pt; margin: 6mm 0 1.5mm 0; border-bottom: 1.5pt solid #1a1a1a; padding-bottom: 1mm;
                 page-break-after: avoid; }
            .to { margin: 6mm 0 2mm 0; }
            .facts td { padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; }
            .facts td.label { color: #444; width: 36mm; }
            .facts td.total { font-weight: bold; font-size: 11pt; }
            .lines { -fs-table-paginate: paginate; margin-top: 1mm; }
            .lines th { text-align: left; font-weight: bold; border-bottom: 1pt solid #1a1a1a; padding: 1mm 1.5mm;
                        background: #efefef; }
            .lines td { border-bottom: 0.5pt solid #c8c8c8; padding: 0.8mm 1.5mm; vertical-align: top; }
            .lines th.n, .lines td.n { text-align: right; white-space: nowrap; }
            .lines tr { page-break-inside: avoid; }
            .lines tr.sum td { font-weight: bold; border-top: 1pt solid #1a1a1a; border-bottom: none; }
            .lines tr.group td { font-weight: bold; background: #f6f6f6; padding-top: 1.6mm; }
            .lines tr.subtotal td { border-bottom: 1pt solid #888; }
            .lines td.nowrap { white-space: nowrap; }
            .note { color: #444; font-size: 8.5pt; margin: 1.5mm 0; }
            .footer { margin-top: 8mm; border-top: 0.5pt solid #888; padding-top: 2mm; color: #444; font-size: 8.5pt; }
            """;

    private final StringBuilder html = new StringBuilder();
    private boolean inTable;

    /** A page with the council's letterhead: its name on the left, its address and contacts on the right. */
    PrintedPage(String title, CarepayProperties.Council council) {
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n<title>").append(Text.html(title)).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<table class=\"letterhead\"><tr><td class=\"council\">")
                .append(Text.html(council.name())).append("</td><td class=\"from\">");
        for (String line : council.letterheadLines()) {
            html.append(Text.html(line)).append("<br />");
        }
        html.append("</td></tr></table>\n<h1>").append(Text.html(title)).append("</h1>\n");
    }

    /** Who the document is for: a name, then address lines. */
    PrintedPage addressee(String... lines) {
        endTable();
        html.append("<p class=\"to\">");
        for (int i = 0; i < lines.length; i++) {
            html.append(i == 0 ? "<strong>" : "<br />").append(Text.html(lines[i])).append(i == 0 ? "</strong>" : "");
        }
        html.append("</p>\n");
        return this;
    }

    /** Label–value pairs (a reference, a date, a total); the last one stands out when {@code lastIsTotal}. */
    PrintedPage facts(boolean lastIsTotal, String... labelsAndValues) {
        endTable();
        html.append("<table class=\"facts\">\n");
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            boolean total = lastIsTotal && i + 2 >= labelsAndValues.length;
            html.append("<tr><td class=\"label\">").append(Text.html(labelsAndValues[i])).append("</td><td")
                    .append(total ? " class=\"total\">" : ">").append(Text.html(labelsAndValues[i + 1]))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        return this;
    }

    PrintedPage heading(String text) {
        endTable();
        html.append("<h2>").append(Text.html(text)).append("</h2>\n");
        return this;
    }

    PrintedPage note(String text) {
        endTable();
        html.append("<p class=\"note\">").append(Text.html(text)).append("</p>\n");
        return this;
    }

    /** Starts a table of these columns; its heading repeats on every page it runs onto. */
    PrintedPage table(Column... columns) {
        endTable();
        html.append("<table class=\"lines\">\n<thead><tr>");
        for (Column column : columns) {
            html.append(column.number() ? "<th class=\"n\">" : "<th>").append(Text.html(column.heading()))
                    .append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        inTable = true;
        return this;
    }

    PrintedPage row(Column[] columns, String... cells) {
        return row(null, columns, cells);
    }

    /** A row that heads a group of rows (a client's package), across the table. */
    PrintedPage group(int columns, String text) {
        html.append("<tr class=\"group\"><td colspan=\"").append(columns).append("\">").append(Text.html(text))
                .append("</td></tr>\n");
        return this;
    }

    /** A row that closes a group: its total. */
    PrintedPage subtotal(Column[] columns, String... cells) {
        return row("subtotal", columns, cells);
    }

    /** A row that closes the table: its totals. */
    PrintedPage sum(Column[] columns, String... cells) {
        return row("sum", columns, cells);
    }

    private PrintedPage row(String style, Column[] columns, String... cells) {
        html.append(style == null ? "<tr>" : "<tr class=\"" + style + "\">");
        for (int i = 0; i < cells.length; i++) {
            html.append(columns[i].number() ? "<td class=\"n\">" : columns[i].nowrap() ? "<td class=\"nowrap\">" : "<td>")
                    .append(Text.html(cells[i]))
                    .append("</td>");
        }
        html.append("</tr>\n");
        return this;
    }

    /** The page's last words: how to query it. */
    PrintedPage footer(String text) {
        endTable();
        html.append("<p class=\"footer\">").append(Text.html(text)).append("</p>\n");
        return this;
    }

    private void endTable() {
        if (inTable) {
            html.append("</tbody>\n</table>\n");
            inTable = false;
        }
    }

    String html() {
        endTable();
        return html + "</body>\n</html>\n";
    }

    /** A table's column: its heading, whether it holds numbers (aligned right), or short text kept on one line. */
    record Column(String heading, boolean number, boolean nowrap) {
        static Column text(String heading) {
            return new Column(heading, false, false);
        }

        /** Short text that reads badly broken: a date, a time, a reference. */
        static Column word(String heading) {
            return new Column(heading, false, true);
        }

        static Column number(String heading) {
            return new Column(heading, true, true);
        }
    }
}
