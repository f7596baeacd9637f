package org.carepay.payments.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepay.payments.review.QaFlagsTest.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * qa-report.html for homecare run HC-2026-11-16-1, proposed 2026-11-23, with two providers:
 * P01 paid 1800.00 on 3 lines against a mean of (1200.00 + 1100.00 + 1300.00) / 3 = 1200.00, so
 * +600.00 = 50 % and more than £500: TOTAL_VARIANCE; and a provider whose id and supplier ref hold
 * markup, paid 250.00 on 2 lines, never in a released run. All providers: 3 + 2 = 5 lines,
 * 1800.00 + 250.00 = 2050.00.
 */
class QaReportTest {

    static final RunFacts RUN = new RunFacts("HC-2026-11-16-1", "HOMECARE", LocalDate.of(2026, 11, 16), "PROPOSED",
            LocalDate.of(2026, 11, 23));
    static final String EVIL = "P<b>&'\"";
    static final String EVIL_HTML = "P&lt;b&gt;&amp;&#39;&quot;";

    static final ProviderTotal P01 = new ProviderTotal("P01", "SUP-P01", money("1800.00"), 3,
            List.of(money("1200.00"), money("1100.00"), money("1300.00")), null);
    static final ProviderTotal P_EVIL = new ProviderTotal(EVIL, "S&P <Ltd>", money("250.00"), 2, List.of(), null);

    static final List<ControlTotal> TOTALS = List.of(
            new ControlTotal("payment-lines.csv", 5, money("2050.00"), 2),
            new ControlTotal("ap-payments.csv", 2, money("2050.00"), 2));

    static List<QaFlag> flagsOf(List<ProviderTotal> providers) {
        return QaFlags.of(QaPolicy.DEFAULT, RUN.proposedOn(), providers, List.of());
    }

    static String report() {
        List<ProviderTotal> providers = List.of(P01, P_EVIL);
        return QaReport.html(RUN, QaPolicy.DEFAULT, flagsOf(providers), providers, TOTALS);
    }

    @Test
    void itShowsTheRun() {
        assertThat(report())
                .contains("<title>QA report: payment run HC-2026-11-16-1</title>")
                .contains("<tr><th>Run</th><td>HC-2026-11-16-1</td></tr>")
                .contains("<tr><th>Kind</th><td>HOMECARE</td></tr>")
                .contains("<tr><th>Week</th><td>2026-11-16</td></tr>")
                .contains("<tr><th>Status when proposed</th><td>PROPOSED: this report is written once")
                .contains("<tr><th>Proposed on</th><td>2026-11-23</td></tr>");
    }

    @Test
    void itListsTheFlags() {
        assertThat(report())
                .contains("<h2>R8 flags (1)</h2>")
                .contains("<tr><td>P01</td><td>TOTAL_VARIANCE</td>"
                        + "<td>total 1800.00, mean of the last 3 released runs 1200.00, difference +600.00</td></tr>")
                .doesNotContain("No flags");
    }

    @Test
    void noFlagsIsSaid() {
        List<ProviderTotal> quiet = List.of(P_EVIL);
        String html = QaReport.html(RUN, QaPolicy.DEFAULT, flagsOf(quiet), quiet, TOTALS);
        assertThat(html).contains("<h2>R8 flags (0)</h2>\n<p>No flags.</p>\n").doesNotContain("TOTAL_VARIANCE");
    }

    @Test
    void itListsTheProvidersWithTheirMeanAndATotalRow() {
        assertThat(report())
                .contains("<h2>Providers (2)</h2>")
                // flagged, so highlighted; mean 1200.00 over 3 runs
                // with its change from the mean (+50.0 %) and a sparkline of its last runs and this one
                .contains("<tr class=\"flagged\"><td>P01</td><td></td><td>SUP-P01</td><td class=\"n\">3</td>"
                        + "<td class=\"n\">1,800.00</td><td class=\"n\">1,200.00 (3 runs)</td>"
                        + "<td class=\"n\">+50.0 %</td><td><svg role=\"img\" width=\"80\"")
                // escaped, not flagged, no history: no change, no trend
                .contains("<tr><td>" + EVIL_HTML + "</td><td></td><td>S&amp;P &lt;Ltd&gt;</td><td class=\"n\">2</td>"
                        + "<td class=\"n\">250.00</td><td class=\"n\">none</td><td class=\"n\"></td><td></td></tr>")
                .contains("<tr><th colspan=\"3\">All providers</th><th class=\"n\">5</th>"
                        + "<th class=\"n\">2,050.00</th><th colspan=\"3\"></th></tr>");
    }

    @Test
    void itNamesTheProvidersTotalsTheExceptionsByCodeDrawsTheTrendAndListsMissingReturns() {
        ReviewDetails details = new ReviewDetails(Map.of("P01", "Bramble & Co"),
                List.of(new ExceptionTotal("SHORT_VISIT", "INFO", 3, money("12.60")),
                        new ExceptionTotal("NO_RATE", "REFUSED", 4, money("1234.50")),
                        new ExceptionTotal("MISSED_VISIT", "REFUSED", 2, money("0.00"))),
                List.of(new ReviewDetails.WeekTotal(LocalDate.of(2026, 11, 2), money("1000.00")),
                        new ReviewDetails.WeekTotal(LocalDate.of(2026, 11, 9), money("2000.00"))),
                List.of("P01"));
        List<ProviderTotal> providers = List.of(P01);
        String html = QaReport.html(RUN, QaPolicy.DEFAULT, new TreeMap<>(), List.of(), flagsOf(providers), List.of(),
                providers, TOTALS, details);
        assertThat(html).contains("<td>P01</td><td>Bramble &amp; Co</td>")
                // refused first, then by code; the refused value in the heading
                .contains("<h2>Exceptions by code (9 lines, 1,234.50 refused)</h2>",
                        "<tr><td>MISSED_VISIT</td><td>REFUSED</td><td class=\"n\">2</td><td class=\"n\">0.00</td></tr>\n"
                        + "<tr><td>NO_RATE</td><td>REFUSED</td><td class=\"n\">4</td><td class=\"n\">1,234.50</td></tr>\n"
                        + "<tr><td>SHORT_VISIT</td><td>INFO</td><td class=\"n\">3</td><td class=\"n\">12.60</td></tr>")
                // bars of 1,000.00, 2,000.00 and this run's 1,800.00: the largest 100 px high, this one dark
                .contains("<title>2 Nov 2026: 1,000.00</title>", "height=\"50\" fill=\"#9dc3e6\"",
                        "height=\"100\" fill=\"#9dc3e6\"><title>9 Nov 2026: 2,000.00</title>",
                        "height=\"90\" fill=\"#1f4e79\"><title>16 Nov 2026: 1,800.00</title>")
                .contains("<h2>Providers paid last week with no return this week (1)</h2>",
                        "<tr><td>P01</td><td>Bramble &amp; Co</td></tr>");
    }

    @Test
    void oneReleasedRunIsSaidInTheSingular() {
        ProviderTotal once = new ProviderTotal("P03", "SUP-P03", money("100.00"), 1, List.of(money("99.5")), null);
        assertThat(QaReport.html(RUN, QaPolicy.DEFAULT, List.of(), List.of(once), TOTALS))
                .contains("<td class=\"n\">99.50 (1 run)</td>");
    }

    @Test
    void everyTextIsEscaped() {
        String html = report();
        assertThat(html).doesNotContain("<b>").doesNotContain("S&P").doesNotContain("<Ltd>");
        // a flag's detail too, with a carriage return kept out of the page's line ends and a control
        // character (not allowed in HTML) made U+FFFD
        QaFlag odd = new QaFlag(QaFlagCode.LARGE_LINE, EVIL, "a <line>\r\nof\u0001 5000.01");
        assertThat(QaReport.html(RUN, QaPolicy.DEFAULT, List.of(odd), List.of(), List.of()))
                .contains("<tr><td>" + EVIL_HTML + "</td><td>LARGE_LINE</td><td>a &lt;line&gt;&#13;\nof\ufffd 5000.01</td></tr>")
                .doesNotContain("\r");
    }

    @Test
    void itListsTheCorrectionsOfReleasedWeeksWithTheirReasons() {
        List<Correction> corrections = List.of(
                new Correction("P01", "C1001", "PK40113", java.time.LocalDate.of(2026, 11, 16), "ADJUSTMENT",
                        "HC-2026-11-16-1", new java.math.BigDecimal("-165.00"), "client died on 2026-11-19 <late>"),
                new Correction("P01", null, null, java.time.LocalDate.of(2026, 11, 23), "CARRIED_RECOVERY",
                        "HC-2026-11-23-1", new java.math.BigDecimal("165.00"), null));
        String html = QaReport.html(RUN, QaPolicy.DEFAULT, new TreeMap<>(), List.of(), List.of(), corrections,
                List.of(), List.of(), ReviewDetails.none());
        assertThat(html).contains("<h2>Corrections of released weeks (2)</h2>\n<p>Late news flows forward as new"
                        + " lines (R7): 0.00 in all. Check why each one is there before approving.</p>")
                // the carried recovery (no client) first, then the adjustment; every text escaped
                .contains("<tr><td>P01</td><td></td><td></td><td class=\"nw\">2026-11-23</td><td>CARRIED_RECOVERY"
                        + "</td><td class=\"nw\">HC-2026-11-23-1</td><td class=\"n\">165.00</td><td></td></tr>\n"
                        + "<tr><td>P01</td><td>C1001</td><td>PK40113</td><td class=\"nw\">2026-11-16</td>"
                        + "<td>ADJUSTMENT</td><td class=\"nw\">HC-2026-11-16-1</td>"
                        + "<td class=\"n\">-165.00</td><td>client died on 2026-11-19 &lt;late&gt;</td></tr>")
                .doesNotContain("<details>\n<summary>2 lines");
        assertThat(QaReport.html(RUN, QaPolicy.DEFAULT, flagsOf(List.of()), List.of(), TOTALS))
                .contains("<p>No corrections: every released week of the look-back is worth what was paid.</p>");
    }

    @Test
    void itIsASelfContainedPage() {
        String html = report();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .endsWith("</body>\n</html>\n")
                .contains("<style>")
                .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("http:").doesNotContain("https:").doesNotContain("\r");
        // the template is ASCII: only data can bring other characters
        assertThat(html.chars().allMatch(c -> c < 0x80)).isTrue();
    }

    @Test
    void itShowsTheControlTotalsByFileAndThePolicyValues() {
        String html = report();
        String ap = "<tr><td>ap-payments.csv</td><td class=\"n\">2</td><td class=\"n\">2050.00</td><td class=\"n\">2</td></tr>";
        String lines = "<tr><td>payment-lines.csv</td><td class=\"n\">5</td><td class=\"n\">2050.00</td><td class=\"n\">2</td></tr>";
        assertThat(html).contains(ap + "\n" + lines + "\n"); // by file name, whatever the order given
        assertThat(html).contains("<tr><th>Name</th><th>Value</th></tr>\n"
                + "<tr><td>qa.bank_change_days</td><td>28</td></tr>\n"
                + "<tr><td>qa.large_line</td><td>5000.00</td></tr>\n"
                + "<tr><td>qa.variance_amount</td><td>500.00</td></tr>\n"
                + "<tr><td>qa.variance_fraction</td><td>0.25</td></tr>\n");
        assertThat(html).doesNotContain("<h2>Inputs</h2>"); // the short form has no inputs section
    }

    @Test
    void theFullFormShowsEveryPolicyValueAndTheInputs() {
        SortedMap<String, String> values = new TreeMap<>();
        values.put("homecare.tolerance_minutes", "5");
        values.put("qa.large_line", "5000.00"); // agrees with the policy
        List<InputFile> inputs = List.of(
                new InputFile("returns/P01-2026-11-16.csv", "0123456789abcdef".repeat(4)),
                new InputFile("reference/packages.csv", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        String html = QaReport.html(RUN, QaPolicy.DEFAULT, values, inputs, List.of(), List.of(), List.of(), List.of(),
                ReviewDetails.none());
        assertThat(html)
                .contains("<tr><th>Name</th><th>Value</th></tr>\n"
                        + "<tr><td>homecare.tolerance_minutes</td><td>5</td></tr>\n"
                        + "<tr><td>qa.bank_change_days</td><td>28</td></tr>\n")
                .contains("<h2>Inputs</h2>\n<details>\n<summary>2 files</summary>\n<table>\n"
                        + "<tr><th>File</th><th>SHA-256</th></tr>\n"
                        + "<tr><td>reference/packages.csv</td><td><code>e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855</code></td></tr>\n"
                        + "<tr><td>returns/P01-2026-11-16.csv</td><td><code>" + "0123456789abcdef".repeat(4) + "</code></td></tr>\n"
                        + "</table>\n</details>\n")
                .contains("<p>No providers.</p>").contains("<p>No output files.</p>");
    }

    @Test
    void aPolicyValueThatDisagreesWithTheQaPolicyIsABug() {
        SortedMap<String, String> values = new TreeMap<>();
        values.put("qa.large_line", "2500.00");
        assertThatThrownBy(() -> QaReport.html(RUN, QaPolicy.DEFAULT, values, List.of(), List.of(), List.of(), List.of(),
                List.of(), ReviewDetails.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qa.large_line");
    }

    @Test
    void theSameFactsGiveTheSamePageWhateverTheirOrder() {
        String first = report();
        assertThat(report()).isEqualTo(first);
        List<ProviderTotal> providers = new ArrayList<>(List.of(P01, P_EVIL));
        Collections.reverse(providers);
        List<QaFlag> flags = new ArrayList<>(flagsOf(providers));
        flags.add(new QaFlag(QaFlagCode.NON_POSITIVE_TOTAL, "P00", "total 0.00"));
        flags.add(new QaFlag(QaFlagCode.BANK_DETAILS_CHANGED, "P00", "bank details changed on 2026-11-23, the day of the proposal"));
        List<ControlTotal> totals = new ArrayList<>(TOTALS);
        String sorted = QaReport.html(RUN, QaPolicy.DEFAULT, flags, providers, totals);
        Collections.reverse(flags);
        Collections.reverse(totals);
        Collections.reverse(providers);
        assertThat(QaReport.html(RUN, QaPolicy.DEFAULT, flags, providers, totals)).isEqualTo(sorted);
        // and the flags in the page are in QaFlag.ORDER: P00's BANK_DETAILS_CHANGED before its NON_POSITIVE_TOTAL
        assertThat(sorted.indexOf("BANK_DETAILS_CHANGED")).isLessThan(sorted.indexOf("NON_POSITIVE_TOTAL"));
        assertThat(sorted.indexOf("NON_POSITIVE_TOTAL")).isLessThan(sorted.indexOf("TOTAL_VARIANCE"));
    }
}
