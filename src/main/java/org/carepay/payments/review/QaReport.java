package org.carepay.payments.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.carepay.output.SvgChart;
import org.carepay.output.UkFormat;

/**
 * {@code qa-report.html}: the page the senior payments officer reads before approving a payment run.
 * Self-contained (inline CSS, no script, nothing fetched), so it opens the same from a file share or
 * an e-mail years later; the markup is plain ASCII and every piece of data is HTML-escaped. The same
 * facts always give the same bytes: no date of writing, every list sorted here whatever order it came
 * in, LF line ends and a final LF.
 */
public final class QaReport {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin-bottom: 1.5em; }
            th, td { border: 1px solid #aaa; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            .n { text-align: right; font-variant-numeric: tabular-nums; }
            .nw { white-space: nowrap; }
            tr.flagged td { background: #fff3cd; }
            """;

    /** More corrections than this are listed collapsed. */
    private static final int COLLAPSE_OVER = 20;

    private QaReport() {
    }

    /** The report with R8's policy values only and no inputs section. */
    public static String html(RunFacts run, QaPolicy policy, List<QaFlag> flags, List<ProviderTotal> providers,
                              List<ControlTotal> totals) {
        return html(run, policy, policy.values(), List.of(), flags, List.of(), providers, totals, ReviewDetails.none());
    }

    /**
     * The full report.
     *
     * @param policyValues every policy value the run used (as in summary.json); R8's are added from
     *                     {@code policy}, which must agree with any of them already there
     * @param inputs       the files the run took, listed collapsed at the end; none: no such section
     * @param corrections  the run's lines that correct released weeks (R7), listed after the flags
     * @param details      names, exceptions, trend and missing returns
     */
    public static String html(RunFacts run, QaPolicy policy, SortedMap<String, String> policyValues,
                              List<InputFile> inputs, List<QaFlag> flags, List<Correction> corrections,
                              List<ProviderTotal> providers, List<ControlTotal> totals, ReviewDetails details) {
        Objects.requireNonNull(run, "run");
        Page page = new Page();
        String title = "QA report: payment run " + run.runId();
        page.line("<!DOCTYPE html>");
        page.line("<html lang=\"en\">");
        page.line("<head>");
        page.line("<meta charset=\"utf-8\">");
        page.line("<title>" + Text.html(title) + "</title>");
        page.line("<style>");
        page.text(STYLE);
        page.line("</style>");
        page.line("</head>");
        page.line("<body>");
        page.line("<h1>" + Text.html(title) + "</h1>");
        runFacts(page, run);
        trend(page, run, providers, details);
        flags(page, flags);
        missingReturns(page, run, details);
        exceptions(page, details.exceptions());
        corrections(page, corrections);
        providers(page, providers, flags, details);
        controlTotals(page, totals);
        policyValues(page, merged(policy, policyValues));
        inputs(page, inputs);
        page.line("</body>");
        page.line("</html>");
        return page.toString();
    }

    private static void runFacts(Page page, RunFacts run) {
        page.line("<table>");
        page.line("<tr><th>Run</th><td>" + Text.html(run.runId()) + "</td></tr>");
        page.line("<tr><th>Kind</th><td>" + Text.html(run.kind()) + "</td></tr>");
        page.line("<tr><th>Week</th><td>" + run.weekStart() + "</td></tr>");
        page.line("<tr><th>Status when proposed</th><td>" + Text.html(run.status()) + ": this report is written once,"
                + " for the review; the approval and release are recorded in lifecycle.csv and release.json beside it"
                + " (carepay status run=" + Text.html(run.runId()) + ")</td></tr>");
        page.line("<tr><th>Proposed on</th><td>" + run.proposedOn() + "</td></tr>");
        page.line("</table>");
    }

    private static void flags(Page page, List<QaFlag> flags) {
        page.line("<h2>R8 flags (" + flags.size() + ")</h2>");
        if (flags.isEmpty()) {
            page.line("<p>No flags.</p>");
            return;
        }
        page.line("<p>Flags do not block the run: check each one before approving it.</p>");
        page.line("<table>");
        page.line("<tr><th>Provider</th><th>Flag</th><th>Detail</th></tr>");
        for (QaFlag flag : flags.stream().sorted(QaFlag.ORDER).toList()) {
            page.line("<tr><td>" + Text.html(flag.providerId()) + "</td><td>" + flag.code() + "</td><td>"
                    + Text.html(flag.detail()) + "</td></tr>");
        }
        page.line("</table>");
    }

    /** R7's corrections, collapsed when there are many (a back-dated uplift corrects every package of a rate). */
    private static void corrections(Page page, List<Correction> corrections) {
        page.line("<h2>Corrections of released weeks (" + corrections.size() + ")</h2>");
        if (corrections.isEmpty()) {
            page.line("<p>No corrections: every released week of the look-back is worth what was paid.</p>");
            return;
        }
        BigDecimal total = corrections.stream().map(Correction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        page.line("<p>Late news flows forward as new lines (R7): " + Money.text(total)
                + " in all. Check why each one is there before approving.</p>");
        boolean many = corrections.size() > COLLAPSE_OVER;
        if (many) {
            page.line("<details>");
            page.line("<summary>" + corrections.size() + " lines</summary>");
        }
        page.line("<table>");
        page.line("<tr><th>Provider</th><th>Client</th><th>Package</th><th>Week</th><th>Line</th><th>Source</th>"
                + "<th class=\"n\">Amount</th><th>Why</th></tr>");
        for (Correction line : corrections.stream().sorted(Correction.ORDER).toList()) {
            page.line("<tr><td>" + Text.html(line.providerId()) + "</td><td>" + Text.html(line.clientId())
                    + "</td><td>" + Text.html(line.packageId()) + "</td><td class=\"nw\">" + line.weekStart()
                    + "</td><td>" + line.lineType() + "</td><td class=\"nw\">" + Text.html(line.source())
                    + "</td><td class=\"n\">"
                    + Money.text(line.amount()) + "</td><td>" + Text.html(line.detail()) + "</td></tr>");
        }
        page.line("</table>");
        if (many) {
            page.line("</details>");
        }
    }

    /** The run's total beside those of the last released runs of its kind. */
    private static void trend(Page page, RunFacts run, List<ProviderTotal> providers, ReviewDetails details) {
        List<String> weeks = new ArrayList<>();
        List<BigDecimal> totals = new ArrayList<>();
        for (ReviewDetails.WeekTotal earlier : details.earlierRuns()) {
            weeks.add(UkFormat.date(earlier.weekStart()));
            totals.add(earlier.total());
        }
        weeks.add(UkFormat.date(run.weekStart()));
        totals.add(providers.stream().map(ProviderTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add));
        page.line("<h2>Trend</h2>");
        page.line(details.earlierRuns().isEmpty() ? "<p>No released run of the kind before this one.</p>"
                : "<p>The run's total (the dark bar) beside the last released runs of its kind, by week.</p>");
        page.line(SvgChart.bars(weeks, totals, "run totals by week", true));
    }

    /** Homecare providers paid last week that sent no return for this week: a return may be late or lost. */
    private static void missingReturns(Page page, RunFacts run, ReviewDetails details) {
        if (!run.kind().equals("HOMECARE")) {
            return;
        }
        page.line("<h2>Providers paid last week with no return this week (" + details.missingReturns().size()
                + ")</h2>");
        if (details.missingReturns().isEmpty()) {
            page.line("<p>Every provider paid for visits last week sent a return for this week.</p>");
            return;
        }
        page.line("<p>Ask each whether its return is late or lost before approving: their clients' visits are not"
                + " paid in this run.</p>");
        page.line("<table>");
        page.line("<tr><th>Provider</th><th>Name</th></tr>");
        for (String provider : details.missingReturns()) {
            page.line("<tr><td>" + Text.html(provider) + "</td><td>" + Text.html(details.name(provider)) + "</td></tr>");
        }
        page.line("</table>");
    }

    /** The run's exceptions by code, with the value each left unpaid; the refused value in the heading. */
    private static void exceptions(Page page, List<ExceptionTotal> exceptions) {
        BigDecimal refused = exceptions.stream().filter(e -> e.severity().equals("REFUSED"))
                .map(ExceptionTotal::notPaid).reduce(BigDecimal.ZERO, BigDecimal::add);
        page.line("<h2>Exceptions by code (" + exceptions.stream().mapToLong(ExceptionTotal::lines).sum()
                + " lines, " + UkFormat.amount(refused) + " refused)</h2>");
        if (exceptions.isEmpty()) {
            page.line("<p>No exceptions.</p>");
            return;
        }
        page.line("<p>Not paid is the value an exception left unpaid where it can be computed (a refused line"
                + " without a package or rate has none): exceptions.csv has every line.</p>");
        page.line("<table>");
        page.line("<tr><th>Code</th><th>Severity</th><th class=\"n\">Lines</th><th class=\"n\">Not paid</th></tr>");
        for (ExceptionTotal total : exceptions.stream().sorted(ExceptionTotal.ORDER).toList()) {
            page.line("<tr><td>" + total.code() + "</td><td>" + total.severity() + "</td><td class=\"n\">"
                    + total.lines() + "</td><td class=\"n\">" + UkFormat.amount(total.notPaid()) + "</td></tr>");
        }
        page.line("</table>");
    }

    /**
     * One row per provider, by provider id, with its name, its change from the mean of its last released runs and
     * their trend; a provider with a flag is highlighted; a total row last.
     */
    private static void providers(Page page, List<ProviderTotal> providers, List<QaFlag> flags,
                                  ReviewDetails details) {
        page.line("<h2>Providers (" + providers.size() + ")</h2>");
        if (providers.isEmpty()) {
            page.line("<p>No providers.</p>");
            return;
        }
        Set<String> flagged = new HashSet<>();
        flags.forEach(flag -> flagged.add(flag.providerId()));
        page.line("<table>");
        page.line("<tr><th>Provider</th><th>Name</th><th>Supplier ref</th><th class=\"n\">Lines</th>"
                + "<th class=\"n\">Total</th><th class=\"n\">Mean of last released runs</th>"
                + "<th class=\"n\">Change</th><th>Trend</th></tr>");
        long lines = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (ProviderTotal provider : providers.stream()
                .sorted(Comparator.comparing(ProviderTotal::providerId, Text.CODE_POINT_ORDER)).toList()) {
            page.line((flagged.contains(provider.providerId()) ? "<tr class=\"flagged\">" : "<tr>")
                    + "<td>" + Text.html(provider.providerId()) + "</td>"
                    + "<td>" + Text.html(details.name(provider.providerId())) + "</td>"
                    + "<td>" + Text.html(provider.supplierRef()) + "</td>"
                    + "<td class=\"n\">" + provider.lineCount() + "</td>"
                    + "<td class=\"n\">" + UkFormat.amount(provider.total()) + "</td>"
                    + "<td class=\"n\">" + mean(provider) + "</td>"
                    + "<td class=\"n\">" + change(provider) + "</td>"
                    + "<td>" + SvgChart.sparkline(trend(provider)) + "</td></tr>");
            lines += provider.lineCount();
            amount = amount.add(provider.total());
        }
        page.line("<tr><th colspan=\"3\">All providers</th><th class=\"n\">" + lines + "</th><th class=\"n\">"
                + UkFormat.amount(amount) + "</th><th colspan=\"3\"></th></tr>");
        page.line("</table>");
    }

    /** "1200.00 (3 runs)", "4000.00 (1 run)", or "none" for a provider never paid by a released run. */
    private static String mean(ProviderTotal provider) {
        if (!provider.hasHistory()) {
            return "none";
        }
        int runs = provider.historyRuns();
        return UkFormat.amount(provider.meanToThePenny()) + " (" + runs + (runs == 1 ? " run)" : " runs)");
    }

    /** Its total against the mean of its last released runs, in per cent to one decimal: "+27.3 %". */
    private static String change(ProviderTotal provider) {
        if (!provider.hasHistory() || provider.meanToThePenny().signum() == 0) {
            return "";
        }
        BigDecimal percent = provider.total().subtract(provider.meanToThePenny()).multiply(BigDecimal.valueOf(100))
                .divide(provider.meanToThePenny().abs(), 1, RoundingMode.HALF_UP);
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + " %";
    }

    /** Its last released totals, oldest first, then this run's. */
    private static List<BigDecimal> trend(ProviderTotal provider) {
        List<BigDecimal> totals = new ArrayList<>(provider.lastReleasedTotals());
        Collections.reverse(totals);
        totals.add(provider.total());
        return totals;
    }

    private static void controlTotals(Page page, List<ControlTotal> totals) {
        page.line("<h2>Control totals</h2>");
        if (totals.isEmpty()) {
            page.line("<p>No output files.</p>");
            return;
        }
        page.line("<table>");
        page.line("<tr><th>File</th><th class=\"n\">Lines</th><th class=\"n\">Amount</th>"
                + "<th class=\"n\">Providers</th></tr>");
        for (ControlTotal total : totals.stream().sorted(ControlTotal.ORDER).toList()) {
            page.line("<tr><td>" + Text.html(total.file()) + "</td><td class=\"n\">" + total.lines()
                    + "</td><td class=\"n\">" + Money.text(total.amount()) + "</td><td class=\"n\">"
                    + total.parties() + "</td></tr>");
        }
        page.line("</table>");
    }

    /** The run's policy values with R8's from {@code policy}; one name with two values is a bug. */
    private static SortedMap<String, String> merged(QaPolicy policy, SortedMap<String, String> policyValues) {
        SortedMap<String, String> all = new TreeMap<>(Text.CODE_POINT_ORDER);
        all.putAll(policyValues);
        for (Map.Entry<String, String> value : policy.values().entrySet()) {
            String before = all.putIfAbsent(value.getKey(), value.getValue());
            if (before != null && !before.equals(value.getValue())) {
                throw new IllegalArgumentException(value.getKey() + " is " + before + " in the policy values but "
                        + value.getValue() + " in the QA policy");
            }
        }
        return all;
    }

    private static void policyValues(Page page, SortedMap<String, String> values) {
        page.line("<h2>Policy values</h2>");
        page.line("<table>");
        page.line("<tr><th>Name</th><th>Value</th></tr>");
        values.forEach((name, value) ->
                page.line("<tr><td>" + Text.html(name) + "</td><td>" + Text.html(value) + "</td></tr>"));
        page.line("</table>");
    }

    /** Collapsed (no script needed: details/summary), as a run may take hundreds of files. */
    private static void inputs(Page page, List<InputFile> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        page.line("<h2>Inputs</h2>");
        page.line("<details>");
        page.line("<summary>" + inputs.size() + (inputs.size() == 1 ? " file" : " files") + "</summary>");
        page.line("<table>");
        page.line("<tr><th>File</th><th>SHA-256</th></tr>");
        for (InputFile input : inputs.stream().sorted(InputFile.ORDER).toList()) {
            page.line("<tr><td>" + Text.html(input.path()) + "</td><td><code>" + input.sha256()
                    + "</code></td></tr>");
        }
        page.line("</table>");
        page.line("</details>");
    }

    /** The page being written: lines end with LF, whatever the platform. */
    private static final class Page {
        private final StringBuilder out = new StringBuilder(8192);

        void line(String line) {
            out.append(line).append('\n');
        }

        void text(String text) {
            out.append(text);
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
