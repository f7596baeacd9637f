package org.carepay.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carepay.CarepayProperties;
import org.carepay.documents.PrintedPage.Column;
import org.carepay.output.UkFormat;

/**
 * A client's statement fit to post: the council's letterhead, the address it goes to, the account and bill
 * numbers, the statement and due dates and the amount due; then every week of the period with the care it
 * had, what that care cost, the client's assessed contribution and the charge (the lower), said in words where
 * a week was counted for part of its days; the changes to earlier weeks; how the charge is worked out, how to
 * pay, and how to query or appeal it.
 */
final class StatementPage {

    private static final Column[] WEEKS = {Column.text("Care"), Column.number("Cost £"),
            Column.number("Contribution £"), Column.number("You pay £")};
    private static final Column[] CHANGES = {Column.word("Week"), Column.text("What changed"),
            Column.number("You pay £")};
    private static final BigDecimal DAYS = BigDecimal.valueOf(7);

    private final CarepayProperties.Council council;
    private final Statement statement;

    StatementPage(CarepayProperties.Council council, Statement statement) {
        this.council = council;
        this.statement = statement;
    }

    String html() {
        PrintedPage page = new PrintedPage("Statement of charges for care and support", council)
                .addressee(addressee());
        page.facts(true, "Account number", statement.debtorRef(), "Bill number", statement.billNumber(),
                "Statement date", UkFormat.longDate(statement.statementDate()),
                "Care of", statement.clientName() + " (client " + statement.clientId() + ")",
                "Period", UkFormat.date(statement.periodStart()) + " to " + UkFormat.date(statement.periodEnd()),
                "Please pay by", UkFormat.longDate(statement.statementDate().plusDays(council.paymentTermsDays())),
                "Amount due", UkFormat.money(statement.total()));
        if (statement.toAnEstate()) {
            page.note("This statement is for the care of " + statement.clientName() + ", who died on "
                    + UkFormat.longDate(statement.dateOfDeath()) + ". It is sent to the estate: please pass it to"
                    + " the executor or administrator. We are sorry for your loss.");
        }
        weeks(page);
        changes(page);
        page.heading("How your charge is worked out");
        page.note("The cost of a week is what the council paid for your chargeable care that week (its share"
                + " where the NHS pays part). Your assessed contribution is the most you pay for a week, counted"
                + " day by day: a week you were in care for part of, or a week your assessment changed in, counts"
                + " only its days. You pay the lower of the two. A week marked not billed is shown for information"
                + " and is not part of the amount due.");
        page.heading("How to pay");
        council.waysToPay().forEach(way -> page.note(way + "."));
        page.heading("Questions and appeals");
        page.note(council.queries());
        return page.footer("Please quote account number " + statement.debtorRef() + " and bill number "
                + statement.billNumber() + ". Telephone " + council.phone() + ", e-mail " + council.email() + ".")
                .html();
    }

    private String[] addressee() {
        List<String> lines = new ArrayList<>();
        lines.add(statement.billTo());
        lines.addAll(List.of(statement.addressLine1().split("\\s*,\\s*")));
        lines.add(statement.postcode());
        return lines.toArray(String[]::new);
    }

    /** Every week of the period, also one with no chargeable care. */
    private void weeks(PrintedPage page) {
        page.heading("Your charges week by week");
        page.table(WEEKS);
        for (LocalDate week = statement.periodStart(); week.isBefore(statement.periodEnd()); week = week.plusDays(7)) {
            page.group(WEEKS.length, "Week of " + UkFormat.date(week));
            Optional<Statement.Line> line = weekLine(week);
            if (line.isEmpty()) {
                page.row(WEEKS, "No chargeable care this week.", "", "", "0.00");
                continue;
            }
            for (Statement.Service service : line.get().services()) {
                page.row(WEEKS, service(service), UkFormat.amount(service.chargeable()), "", "");
            }
            page.subtotal(WEEKS, contribution(week, line.get()), UkFormat.amount(line.get().chargeableCost()),
                    UkFormat.amount(line.get().maximumCharge()), line.get().billed()
                            ? UkFormat.amount(line.get().charge()) : "not billed");
        }
        if (changeLines().isEmpty()) {
            page.sum(WEEKS, "Amount due", "", "", UkFormat.amount(statement.total()));
        }
    }

    private void changes(PrintedPage page) {
        List<Statement.Line> changes = changeLines();
        if (changes.isEmpty()) {
            return;
        }
        page.heading("Changes to earlier weeks");
        page.table(CHANGES);
        for (Statement.Line line : changes) {
            String what = switch (line.lineType()) {
                case "ARREARS" -> "More to pay for this week";
                case "CREDIT" -> "Less to pay for this week";
                default -> "Charges kept while a Court of Protection case, from this week";
            };
            page.row(CHANGES, UkFormat.date(line.weekStart()), line.detail() == null ? what
                    : what + ": " + line.detail(), line.billed() ? UkFormat.amount(line.charge()) : "not billed");
        }
        page.sum(CHANGES, "", "Amount due, with the weeks above", UkFormat.amount(statement.total()));
    }

    private Optional<Statement.Line> weekLine(LocalDate week) {
        return statement.lines().stream().filter(l -> l.lineType().equals("WEEK") && l.weekStart().equals(week))
                .findFirst();
    }

    private List<Statement.Line> changeLines() {
        return statement.lines().stream().filter(l -> !l.lineType().equals("WEEK")).toList();
    }

    /** "Homecare by Bramble Homecare Ltd", with the council's share where the NHS pays part. */
    private static String service(Statement.Service service) {
        String care = capitalised(service.serviceType().toLowerCase().replace('_', ' ')) + " by "
                + service.providerName();
        return service.councilShare() == 100 ? care : care + ": " + UkFormat.money(service.amount())
                + ", of which the council pays " + service.councilShare() + " %";
    }

    /** What the week's contribution is, in words: a part-week said as such, a week not billed said why. */
    private String contribution(LocalDate week, Statement.Line line) {
        String words;
        BigDecimal weekly = line.weeklyContribution();
        if (weekly != null && weekly.compareTo(line.maximumCharge()) == 0) {
            words = "Your assessed contribution is " + UkFormat.money(weekly) + " a week";
        } else if (weekly != null) {
            words = "Your assessed contribution is " + UkFormat.money(weekly) + " a week; " + counted(week, line, weekly);
        } else {
            words = "Your contribution for the week, counted day by day, is " + UkFormat.money(line.maximumCharge());
        }
        return words + switch (line.status()) {
            case "NOT_ASSESSED" -> ". Not billed: your financial assessment does not cover this week yet; it is"
                    + " billed once it does.";
            case "ACCRUED" -> ". Not billed: the charge is kept while a Court of Protection case is settled.";
            default -> ". You pay the lower of the cost and your contribution.";
        };
    }

    /** A part-week: "counted for 3 of its 7 days, up to the date of death: £9.47". */
    private String counted(LocalDate week, Statement.Line line, BigDecimal weekly) {
        BigDecimal days = line.maximumCharge().multiply(DAYS).divide(weekly, 0, RoundingMode.HALF_UP);
        boolean whole = weekly.multiply(days).divide(DAYS, 2, RoundingMode.HALF_UP).compareTo(line.maximumCharge()) == 0;
        LocalDate death = statement.dateOfDeath();
        String why = death != null && !death.isBefore(week) && death.isBefore(week.plusDays(7))
                ? ", up to the date of death" : "";
        return (whole ? "counted for " + days + " of the week's 7 days" + why : "counted day by day" + why) + ": "
                + UkFormat.money(line.maximumCharge());
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
