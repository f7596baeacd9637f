package org.carepay.documents;

import java.math.BigDecimal;

import org.apache.commons.csv.CSVRecord;
import org.carepay.output.CsvOutput;

/** One row of a remittance's CSV, read back as written (RemittanceRows' columns), its text as given. */
record RemittanceLine(String section, String clientId, String clientName, String packageId, String service,
                      String weekStart, String serviceDate, String startTime, String units, String unit, String rate,
                      String ratePer, BigDecimal amount, BigDecimal notPaid, String reason, String yourReference) {

    static RemittanceLine of(CSVRecord row) {
        return new RemittanceLine(row.get("section"), text(row, "client_id"), text(row, "client_name"),
                text(row, "package_id"), row.get("service"), row.get("week_start"), row.get("service_date"),
                row.get("start_time"), row.get("units"), row.get("unit"), row.get("rate"), row.get("rate_per"),
                money(row, "amount"), money(row, "not_paid"), text(row, "reason"), text(row, "your_reference"));
    }

    private static String text(CSVRecord row, String column) {
        return CsvOutput.asGiven(row.get(column));
    }

    private static BigDecimal money(CSVRecord row, String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : new BigDecimal(value);
    }
}
