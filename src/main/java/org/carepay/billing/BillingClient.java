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
 * @param path          the clients snapshot's file, with record, the client's row: the source of its exceptions
 */
record BillingClient(String clientId, String forename, String surname, String addressLine1, String postcode,
                     String debtorRef, LocalDate dateOfDeath, String billingStatus, String billToName, String path,
                     int record) {

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
