package org.carepay.documents;

import java.math.BigDecimal;

/** One row of a remittance ({@link RemittanceRows}), its text as given: the CSV makes it Excel-safe, the page not. */
record RemittanceLine(String section, String clientId, String clientName, String packageId, String service,
                      String weekStart, String serviceDate, String startTime, String units, String unit, String rate,
                      String ratePer, BigDecimal amount, BigDecimal notPaid, String reason, String yourReference) {

    /** The row as its page reads it: a value the CSV leaves empty is empty text, never null. */
    RemittanceLine onPage() {
        return new RemittanceLine(text(section), text(clientId), text(clientName), text(packageId), text(service),
                text(weekStart), text(serviceDate), text(startTime), text(units), text(unit), text(rate),
                text(ratePer), amount, notPaid, text(reason), text(yourReference));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
