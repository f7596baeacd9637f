package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * R6's bill of one client for one period: its BILLED WEEK lines and its ARREARS, CREDIT and COP_ARREARS
 * lines. A total above 0 goes to Debtors; 0.00 is not sent; below 0 it is not sent either but becomes a
 * refund proposal that a senior officer approves (never refunded automatically).
 *
 * @param total     Σ of the billed lines' charges
 * @param lineCount the billed lines (debtors-interface.csv line_count)
 */
public record ClientBill(BigDecimal total, int lineCount) {

    public enum Outcome { DEBTORS, NOT_SENT, REFUND_PROPOSAL }

    public ClientBill {
        Objects.requireNonNull(total, "total");
    }

    /** @param lines the client's charge lines of the run, any order */
    public static ClientBill of(List<ChargeLine> lines) {
        BigDecimal total = new BigDecimal("0.00");
        int count = 0;
        for (ChargeLine line : lines) {
            if (line.billed()) {
                total = total.add(line.charge());
                count++;
            }
        }
        return new ClientBill(total, count);
    }

    public Outcome outcome() {
        return switch (total.signum()) {
            case 1 -> Outcome.DEBTORS;
            case 0 -> Outcome.NOT_SENT;
            default -> Outcome.REFUND_PROPOSAL;
        };
    }

    /**
     * formats.md bill_to: "Estate of FORENAME SURNAME" when the client died on or before the period's last
     * day, else bill_to_name when given (a deputy, attorney or representative), else "FORENAME SURNAME".
     *
     * @param dateOfDeath null: alive
     * @param billToName  null or blank: none
     */
    public static String billTo(String forename, String surname, LocalDate dateOfDeath, String billToName,
            LocalDate periodEnd) {
        String name = forename + " " + surname;
        if (dateOfDeath != null && !dateOfDeath.isAfter(periodEnd)) {
            return "Estate of " + name;
        }
        return billToName == null || billToName.isBlank() ? name : billToName;
    }
}
