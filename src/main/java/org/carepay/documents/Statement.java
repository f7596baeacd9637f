package org.carepay.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client's statement for one bill says (statements/CLIENT_ID.html and .pdf): who it goes to, the period,
 * each charge line with the services of its week, and the total. Personal data: it goes into the statement,
 * never into the log.
 *
 * @param billTo      "Estate of …", the deputy or representative, or the client (formats.md's bill_to)
 * @param dateOfDeath null: alive
 * @param lines       the bill's charge lines in charge-lines.csv order, each with the services of its week
 */
public record Statement(String runId, String clientId, String clientName, String billTo, String addressLine1,
                        String postcode, String debtorRef, LocalDate periodStart, LocalDate periodEnd,
                        LocalDate dateOfDeath, BigDecimal total, List<Line> lines) {

    /**
     * A charge line; a WEEK line lists the services its cost is made of.
     *
     * @param weeklyContribution the client's assessed weekly amount on the week's days, when one amount of a
     *                           NON_RESIDENTIAL or RESIDENTIAL assessment covers them all; else null
     */
    public record Line(LocalDate weekStart, String lineType, BigDecimal chargeableCost, BigDecimal maximumCharge,
                       BigDecimal charge, String status, String detail, BigDecimal weeklyContribution,
                       List<Service> services) {

        boolean billed() {
            return "BILLED".equals(status);
        }
    }

    /** One package's cost in a week. */
    public record Service(String serviceType, String providerName, BigDecimal amount, int councilShare,
                          BigDecimal chargeable) {
    }

    /** The bill's number, on the statement and in any letter about it: its run and the client. */
    String billNumber() {
        return runId + "/" + clientId;
    }

    /** The day the statement bears: the Monday after its period. */
    LocalDate statementDate() {
        return dated(periodEnd);
    }

    /** The day the statements of a period bear: the Monday after it. */
    public static LocalDate dated(LocalDate periodEnd) {
        return periodEnd.plusDays(1);
    }

    boolean toAnEstate() {
        return dateOfDeath != null && !dateOfDeath.isAfter(periodEnd);
    }
}
