package org.carepay.billing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.carepay.db.CopyRows;
import org.carepay.rules.ChargeLine;
import org.carepay.rules.ChargeableCost.PackageWeek;
import org.carepay.rules.ClientBill;
import org.carepay.rules.CourtOfProtectionDebt;

/** A billing run's ledger rows, gathered and written with one COPY per table. */
final class ChargeRows {

    private final String runId;
    private final CopyRows lines = new CopyRows("charge_line (run_id, client_id, week_start, line_type,"
            + " chargeable_cost, maximum_charge, charge, status, detail)");
    private final CopyRows items = new CopyRows("charge_item (run_id, client_id, week_start, package_id,"
            + " service_type, provider_name, amount, council_share, chargeable)");
    private final CopyRows bills = new CopyRows("run_bill (run_id, client_id, debtor_ref, client_name, bill_to,"
            + " address_line_1, postcode, amount, line_count)");
    private final CopyRows copDebts = new CopyRows("run_cop_debt (run_id, client_id, accrued_from, accrued_amount,"
            + " billed)");
    private final CopyRows exceptions = new CopyRows("run_exception (run_id, code, severity, client_id, source_path,"
            + " source_record, service_date, detail)");

    ChargeRows(String runId) {
        this.runId = runId;
    }

    void line(String clientId, ChargeLine line) {
        lines.add(runId, clientId, line.weekStart(), line.type(), plain(line.chargeableCost()),
                plain(line.maximumCharge()), plain(line.charge()), line.status(), line.detail());
    }

    void item(String clientId, LocalDate week, PackageWeek packageWeek, String providerName) {
        items.add(runId, clientId, week, packageWeek.pkg().packageId(), packageWeek.pkg().serviceType(),
                providerName, plain(packageWeek.amount()), packageWeek.pkg().councilSharePercent().intValueExact(),
                plain(packageWeek.chargeable()));
    }

    void bill(BillingClient client, String billTo, ClientBill bill) {
        BillingClient.Address address = client.billingAddress();
        bills.add(runId, client.clientId(), client.debtorRef(), client.name(), billTo, address.line1(),
                address.postcode(), plain(bill.total()), bill.lineCount());
    }

    void copDebt(String clientId, CourtOfProtectionDebt debt, boolean billed) {
        copDebts.add(runId, clientId, debt.accruedFrom(), plain(debt.amount()), billed);
    }

    /** An INFO exception of a client's week, its source the client's row in the clients snapshot. */
    void exception(String code, BillingClient client, LocalDate week, String detail) {
        exceptions.add(runId, code, "INFO", client.clientId(), client.path(), client.record(), week, detail);
    }

    void flush(Connection connection) throws SQLException {
        for (CopyRows rows : new CopyRows[] {lines, items, bills, copDebts, exceptions}) {
            rows.flush(connection);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
