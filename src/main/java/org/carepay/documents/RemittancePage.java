package org.carepay.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.carepay.CarepayProperties;
import org.carepay.documents.PrintedPage.Column;
import org.carepay.output.UkFormat;

/**
 * A provider's remittance advice for people: who pays, the reference its bank statement shows, the payment date
 * and total; then what was paid line by line, the corrections of earlier weeks with their reasons, and what was
 * not paid, paid in part or is to be paid later, with the value not paid. No council staff names.
 */
final class RemittancePage {

    private static final Column[] PAID = {Column.word("Date"), Column.word("Start"), Column.number("Units"),
            Column.number("Rate"), Column.number("Amount £"), Column.word("Your reference")};
    private static final Column[] CORRECTIONS = {Column.text("Client"), Column.word("Package"),
            Column.word("Week"), Column.number("Amount £"), Column.text("Why")};
    private static final Column[] NOT_PAID = {Column.text("Client"), Column.word("Date"), Column.word("What"),
            Column.number("Not paid £"), Column.text("Why"), Column.word("Your reference")};
    private static final Map<String, String> WHAT = Map.of("NOT_PAID", "Not paid", "REDUCED", "Paid in part",
            "LATER", "Paid later");

    private final CarepayProperties.Council council;
    private final Remittances.Head head;
    /** The page's dates in words: a week's seven days recur on every line. */
    private final Map<String, String> dates = new HashMap<>();
    private final Map<String, String> days = new HashMap<>();

    RemittancePage(CarepayProperties.Council council, Remittances.Head head) {
        this.council = council;
        this.head = head;
    }

    String html(List<RemittanceLine> lines) {
        PrintedPage page = new PrintedPage("Remittance advice", council)
                .addressee(head.providerName(), "Provider " + head.providerId());
        boolean paid = head.total().signum() > 0;
        page.facts(true, "Reference", head.remittanceRef(), "For", head.runTitle(),
                "Payment date", UkFormat.longDate(head.paymentDate()),
                paid ? "Paid by bank transfer" : "Paid", paid ? UkFormat.money(head.total())
                        : section(lines, "CORRECTION").isEmpty() ? "Nothing" : "Nothing (see the corrections below)");
        paidLines(page, lines);
        corrections(page, lines);
        notPaid(page, lines);
        return page.footer("Questions about this advice: telephone " + council.phone() + " or e-mail "
                + council.email() + ", quoting reference " + head.remittanceRef() + ".").html();
    }

    private void paidLines(PrintedPage page, List<RemittanceLine> lines) {
        List<RemittanceLine> paid = section(lines, "PAID");
        page.heading("Paid");
        if (paid.isEmpty()) {
            page.note("No care is paid in this run.");
            return;
        }
        page.table(PAID);
        Map<String, List<RemittanceLine>> packages = paid.stream().collect(Collectors.groupingBy(
                line -> line.clientId() + "\u0000" + line.packageId(), LinkedHashMap::new, Collectors.toList()));
        for (List<RemittanceLine> group : packages.values()) {
            // A reason the whole package shares (net of a contribution) heads it; another (an invoice's
            // period) stays with its line.
            boolean shared = group.stream().map(RemittanceLine::reason).distinct().count() == 1;
            page.group(PAID.length, packageHeading(group.get(0), shared));
            for (RemittanceLine line : group) {
                page.row(PAID, line.serviceDate().isEmpty() ? "week of " + date(line.weekStart())
                                : day(line.serviceDate()), line.startTime(), units(line), rate(line),
                        UkFormat.amount(line.amount()), shared || line.reason().isEmpty() ? line.yourReference()
                                : line.yourReference() + " (" + line.reason() + ")");
            }
            if (group.size() > 1) {
                page.subtotal(PAID, group.size() + " lines", "", "", "", UkFormat.amount(total(group)), "");
            }
        }
        page.sum(PAID, "Total paid for care", "", "", "", UkFormat.amount(total(paid)), "");
    }

    private void corrections(PrintedPage page, List<RemittanceLine> lines) {
        List<RemittanceLine> corrections = section(lines, "CORRECTION");
        if (corrections.isEmpty()) {
            return;
        }
        page.heading("Corrections of earlier weeks and recoveries");
        page.table(CORRECTIONS);
        for (RemittanceLine line : corrections) {
            page.row(CORRECTIONS, client(line), line.packageId(), date(line.weekStart()),
                    UkFormat.amount(line.amount()), line.reason());
        }
        page.sum(CORRECTIONS, "Total of the corrections", "", "", UkFormat.amount(total(corrections)), "");
        page.note("Total of this advice: " + UkFormat.money(total(lines)) + ".");
    }

    private void notPaid(PrintedPage page, List<RemittanceLine> lines) {
        List<RemittanceLine> notPaid = lines.stream().filter(line -> WHAT.containsKey(line.section())).toList();
        page.heading("Not paid, paid in part, or to be paid later");
        if (notPaid.isEmpty()) {
            page.note("Everything claimed is paid in full.");
            return;
        }
        page.table(NOT_PAID);
        for (RemittanceLine line : notPaid) {
            page.row(NOT_PAID, client(line), date(line.serviceDate()), WHAT.get(line.section()),
                    line.notPaid() == null ? "" : UkFormat.amount(line.notPaid()), line.reason(), line.yourReference());
        }
    }

    /** "Margaret Ainsworth (C1001), package PK40113, homecare", and what else holds for the whole package. */
    private static String packageHeading(RemittanceLine line, boolean withReason) {
        String heading = client(line);
        if (!line.packageId().isEmpty()) {
            heading += (heading.isEmpty() ? "Package " : ", package ") + line.packageId() + ", " + line.service();
        }
        if (heading.isEmpty()) {
            heading = "Other payments";
        }
        return !withReason || line.reason().isEmpty() ? heading : heading + " (" + line.reason() + ")";
    }

    private static List<RemittanceLine> section(List<RemittanceLine> lines, String section) {
        return lines.stream().filter(line -> line.section().equals(section)).toList();
    }

    private static BigDecimal total(List<RemittanceLine> lines) {
        return lines.stream().map(RemittanceLine::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String client(RemittanceLine line) {
        if (line.clientId().isEmpty()) {
            return "";
        }
        return line.clientName().isEmpty() ? line.clientId() : line.clientName() + " (" + line.clientId() + ")";
    }

    private static String units(RemittanceLine line) {
        return line.units().isEmpty() ? "" : line.units() + " " + line.unit();
    }

    private static String rate(RemittanceLine line) {
        return line.rate().isEmpty() ? "" : UkFormat.rate(new BigDecimal(line.rate())) + " per " + line.ratePer();
    }

    /** A date as the CSV has it (ISO), in UK words; anything else as it is. */
    private String date(String iso) {
        return dates.computeIfAbsent(iso, text -> parsed(text, UkFormat::date));
    }

    private String day(String iso) {
        return days.computeIfAbsent(iso, text -> parsed(text, UkFormat::day));
    }

    private static String parsed(String iso, java.util.function.Function<LocalDate, String> format) {
        try {
            return iso.isEmpty() ? "" : format.apply(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
