package org.carepay.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A client's statement: what it shows, escaped, and the same bytes for the same facts. */
class StatementTest {

    private static final LocalDate W1 = LocalDate.of(2026, 11, 16);

    private static Statement statement(String billTo, List<Statement.Line> lines) {
        return new Statement("BL-2026-11-16-1", "C1", "Ann <Smith>", billTo, "1 \"Mill\" Lane", "KX1 1AA", "DR1", W1,
                LocalDate.of(2026, 12, 13), new BigDecimal("64.30"), lines);
    }

    private static Statement.Line week(String status, String charge) {
        return new Statement.Line(W1, "WEEK", new BigDecimal("456.75"), new BigDecimal("64.30"), new BigDecimal(charge),
                status, null, List.of(new Statement.Service("SUPPORTED_LIVING", "Harbour & Co", new BigDecimal("761.25"),
                        60, new BigDecimal("456.75"))));
    }

    @Test
    void showsTheServicesTheWeekAndTheTotalWithEveryValueEscaped() {
        String html = statement("Estate of Ann <Smith>", List.of(week("BILLED", "64.30"))).html();
        assertThat(html).contains("<p>Estate of Ann &lt;Smith&gt;<br>\n1 &quot;Mill&quot; Lane<br>\nKX1 1AA</p>",
                "<td>supported living</td><td>Harbour &amp; Co</td><td class=\"n\">&pound;761.25</td>"
                        + "<td class=\"n\">60&nbsp;%</td><td class=\"n\">&pound;456.75</td>",
                "Week of 2026-11-16: chargeable cost &pound;456.75, your assessed contribution &pound;64.30, charge"
                        + " (the lower)</td><td class=\"n\">&pound;64.30</td>",
                "Total to pay: &pound;64.30").doesNotContain("<Smith>", "(not billed:").endsWith("</html>\n");
        assertThat(statement("Estate of Ann <Smith>", List.of(week("BILLED", "64.30"))).html()).isEqualTo(html);
    }

    @Test
    void aWeekThatIsNotBilledSaysSo() {
        String html = statement("Ann Smith", List.of(week("ACCRUED", "64.30"), new Statement.Line(W1, "COP_ARREARS",
                null, null, new BigDecimal("903.60"), "BILLED", "Court of Protection: 4 accrued weeks from 2026-10-19",
                List.of()))).html();
        assertThat(html).contains("charge (the lower) (not billed: accrued)",
                "Charges accrued from 2026-11-16 while a Court of Protection case"
                        + "<br>Court of Protection: 4 accrued weeks from 2026-10-19");
    }
}
