package org.carepay.billing;

import java.time.LocalDate;

import org.carepay.rules.ClientBill;
import org.carepay.rules.WeekCharge;

/**
 * A client as a bill needs them: who receives it, and the Debtors account. Personal data: it goes into the
 * run's files and statements, never into the log.
 *
 * @param dateOfDeath   null: alive
 * @param billingStatus NORMAL or ACCRUE (a Court of Protection case)
 * @param billToName    null: the client
 * @param billTo        where a bill to billToName goes; null: the client's address
 * @param path          the clients snapshot's file, with record, the client's row: the source of its exceptions
 */
record BillingClient(String clientId, String forename, String surname, String addressLine1, String postcode,
                     String debtorRef, LocalDate dateOfDeath, String billingStatus, String billToName,
                     Address billTo, String path, int record) {

    /** A postal address as clients.csv has it: a first line and a postcode. */
    record Address(String line1, String postcode) {
        /** The address both columns give, or null when either is empty. */
        static Address of(String line1, String postcode) {
            return line1 == null || line1.isBlank() || postcode == null || postcode.isBlank() ? null
                    : new Address(line1, postcode);
        }
    }

    /**
     * Where the bill goes (formats.md): the bill-to address when the bill goes to a named deputy or representative
     * and clients.csv gives their address (also for an estate, which they deal with), else the client's.
     */
    Address billingAddress() {
        return billToName != null && !billToName.isBlank() && billTo != null ? billTo
                : new Address(addressLine1, postcode);
    }

    boolean accrues() {
        return WeekCharge.ACCRUE.equals(billingStatus);
    }

    String name() {
        return forename + " " + surname;
    }

    String billTo(LocalDate periodEnd) {
        return ClientBill.billTo(forename, surname, dateOfDeath, billToName, periodEnd);
    }
}
