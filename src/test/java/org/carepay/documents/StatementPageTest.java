package org.carepay.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A client's statement fit to post: what it says, in words and UK formats, every value escaped. */
class StatementPageTest {

    private static final LocalDate W1 = LocalDate.of(2026, 11, 16);
    private static final Statement.Service SUPPORTED_LIVING = new Statement.Service("SUPPORTED_LIVING",
            "Harbour & Co", new BigDecimal("1761.25"), 60, new BigDecimal("1056.75"));

    private static Statement statement(LocalDate died, BigDecimal total, List<Statement.Line> lines) {
        return new Statement("BL-2026-11-16-1", "C1", "Ann <Smith>", died == null ? "Ann <Smith>" : "Estate of Ann <Smith>",
                "The Old Forge, 1 \"Mill\" Lane", "KX1 1AA", "DR1", W1, LocalDate.of(2026, 12, 13), died, total, lines);
    }

    private static Statement.Line week(String status, String maximum, String weekly) {
        return new Statement.Line(W1, "WEEK", new BigDecimal("1056.75"), new BigDecimal(maximum),
                new BigDecimal(maximum), status, null, weekly == null ? null : new BigDecimal(weekly),
                List.of(SUPPORTED_LIVING));
    }

    private static String html(Statement statement) {
        return new StatementPage(PdfFileTest.COUNCIL, statement).html();
    }

    @Test
    void anEstatesPartWeekIsSaidInWordsAndEveryWeekOfThePeriodIsShown() {
        Statement statement = statement(LocalDate.of(2026, 11, 18), new BigDecimal("9.47"),
                List.of(week("BILLED", "9.47", "22.10")));
        String html = html(statement);
        assertThat(html).contains("<strong>Estate of Ann &lt;Smith&gt;</strong><br />The Old Forge<br />1 &quot;Mill&quot;"
                        + " Lane<br />KX1 1AA</p>",
                "<td class=\"label\">Bill number</td><td>BL-2026-11-16-1/C1</td>",
                "<td class=\"label\">Statement date</td><td>14 December 2026</td>",
                "<td class=\"label\">Please pay by</td><td>11 January 2027</td>",
                "<td class=\"label\">Amount due</td><td class=\"total\">£9.47</td>",
                "who died on 18 November 2026. It is sent to the estate",
                "<td>Supported living by Harbour &amp; Co: £1,761.25, of which the council pays 60 %</td>"
                        + "<td class=\"n\">1,056.75</td>",
                "Your assessed contribution is £22.10 a week; counted for 3 of the week&#39;s 7 days, up to the date"
                        + " of death: £9.47. You pay the lower of the cost and your contribution.",
                "Week of 23 Nov 2026", "Week of 7 Dec 2026", "By debit card on 01632 960 401.")
                .doesNotContain("<Smith>", "Week of 14 Dec 2026", "<td class=\"n\">not billed</td>");
        assertThat(html.split("No chargeable care this week\\.", -1)).hasSize(4); // 3 of the 4 weeks
        assertThat(html(statement)).isEqualTo(html);
    }

    @Test
    void aWeekNotBilledSaysWhyAndAnEarlierWeeksChargeIsAChange() {
        String html = html(statement(null, new BigDecimal("903.60"), List.of(week("ACCRUED", "225.90", "225.90"),
                new Statement.Line(W1, "COP_ARREARS", null, null, new BigDecimal("903.60"), "BILLED",
                        "Court of Protection: 4 accrued weeks from 2026-10-19", null, List.of()))));
        assertThat(html).contains("Your assessed contribution is £225.90 a week. Not billed: the charge is kept while a"
                        + " Court of Protection case is settled.</td><td class=\"n\">1,056.75</td><td class=\"n\">225.90"
                        + "</td><td class=\"n\">not billed</td>",
                "<td class=\"nowrap\">16 Nov 2026</td><td>Charges kept while a Court of Protection case, from this"
                        + " week: Court of Protection: 4 accrued weeks from 2026-10-19</td><td class=\"n\">903.60</td>",
                "Amount due, with the weeks above</td><td class=\"n\">903.60</td>")
                .doesNotContain("Estate of");
    }
}
