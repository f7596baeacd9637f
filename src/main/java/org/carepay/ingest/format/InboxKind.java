package org.carepay.ingest.format;

import static org.carepay.ingest.format.Column.code;
import static org.carepay.ingest.format.Column.defaulted;
import static org.carepay.ingest.format.Column.defaultedCode;
import static org.carepay.ingest.format.Column.optional;
import static org.carepay.ingest.format.Column.optionalColumn;
import static org.carepay.ingest.format.Column.required;
import static org.carepay.ingest.format.ColumnType.ACCOUNT_NUMBER;
import static org.carepay.ingest.format.ColumnType.DATE;
import static org.carepay.ingest.format.ColumnType.DECIMAL;
import static org.carepay.ingest.format.ColumnType.FLAG;
import static org.carepay.ingest.format.ColumnType.INTEGER;
import static org.carepay.ingest.format.ColumnType.MONEY;
import static org.carepay.ingest.format.ColumnType.SORT_CODE;
import static org.carepay.ingest.format.ColumnType.TEXT;
import static org.carepay.ingest.format.ColumnType.TIME;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every kind of file the inbox holds (formats.md), in the ingest order: the reference snapshots
 * first (clients, providers, rates, packages, contributions, absences, budgets), then returns, invoices,
 * payment requests, ISF statements and DP invoices. The enum's order is that order.
 */
public enum InboxKind {
    CLIENTS("reference", "clients.csv", "client", List.of("client_id"), RowRules.CLIENT,
            required("client_id", TEXT), required("forename", TEXT), required("surname", TEXT),
            required("date_of_birth", DATE), required("address_line_1", TEXT), required("postcode", TEXT),
            required("debtor_ref", TEXT), optional("date_of_death", DATE), code("billing_status", "NORMAL", "ACCRUE"),
            optional("bill_to_name", TEXT), optionalColumn("bill_to_address_line_1", TEXT),
            optionalColumn("bill_to_postcode", TEXT)),
    PROVIDERS("reference", "providers.csv", "provider", List.of("provider_id"), RowRules.NONE,
            required("provider_id", TEXT), required("name", TEXT), required("supplier_ref", TEXT),
            required("sort_code", SORT_CODE), required("account_number", ACCOUNT_NUMBER),
            required("account_name", TEXT), optional("bank_details_changed_on", DATE)),
    RATES("reference", "rates.csv", "rate", List.of("provider_id", "service_type", "effective_from"), RowRules.RATE,
            required("provider_id", TEXT), code("service_type", ServiceTypes.ALL), required("effective_from", DATE),
            required("unit_rate", MONEY)),
    PACKAGES("reference", "packages.csv", "package", List.of("package_id"), RowRules.PACKAGE,
            required("package_id", TEXT), required("client_id", TEXT), required("provider_id", TEXT),
            code("service_type", ServiceTypes.ALL), code("payment_basis", "ACTUALS", "PLANNED", "INVOICE"),
            defaultedCode("payment_method", "GROSS", "GROSS", "NET"), required("start_date", DATE),
            optional("end_date", DATE), code("unit", "HOUR", "DAY", "SESSION", "WEEK"),
            required("planned_units_per_week", DECIMAL), optional("unit_rate", MONEY),
            defaulted("carers", INTEGER, "1"), code("funding", "COUNCIL", "HEALTH", "JOINT"),
            defaulted("health_share_percent", INTEGER, "0"), required("chargeable", FLAG)),
    CONTRIBUTIONS("reference", "contributions.csv", "contribution", List.of("client_id", "effective_from"),
            RowRules.CONTRIBUTION,
            required("client_id", TEXT), code("assessment_type", "NON_RESIDENTIAL", "RESIDENTIAL", "NIL", "FULL_COST"),
            required("effective_from", DATE), optional("effective_to", DATE), required("weekly_amount", MONEY)),
    ABSENCES("reference", "absences.csv", "absence", List.of("client_id", "start_date"), RowRules.ABSENCE,
            required("client_id", TEXT), code("absence_type", "HOSPITAL"), required("start_date", DATE),
            optional("end_date", DATE)),
    BUDGETS("reference", "budgets.csv", "budget", List.of("service_type", "financial_year_start"), RowRules.BUDGET,
            code("service_type", ServiceTypes.BUDGETED), required("financial_year_start", DATE),
            required("annual_budget", MONEY)),
    RETURN("returns", null, "visit", List.of("provider_id", "week_start"), RowRules.VISIT,
            required("provider_id", TEXT), required("week_start", DATE), required("client_id", TEXT),
            required("package_id", TEXT), required("visit_date", DATE), required("planned_start", TIME),
            required("planned_minutes", INTEGER), required("actual_start", TIME), required("actual_minutes", INTEGER),
            required("carers", INTEGER), optional("carer_ref", TEXT), optional("variation_ref", TEXT)),
    INVOICES("invoices", null, "invoice_line", List.of(), RowRules.INVOICE,
            required("invoice_no", TEXT), required("provider_id", TEXT), required("invoice_date", DATE),
            required("client_id", TEXT), required("package_id", TEXT), required("period_start", DATE),
            required("period_end", DATE), required("units", DECIMAL), required("unit_rate", MONEY),
            required("amount", MONEY)),
    REQUESTS("requests", "payment-requests.csv", "payment_request", List.of(), RowRules.REQUEST,
            required("request_id", TEXT), required("provider_id", TEXT), required("client_id", TEXT),
            code("request_type", "EMERGENCY", "SHORTFALL", "OTHER"), required("amount", MONEY),
            required("reason", TEXT), required("requested_by", TEXT), optional("approved_by", TEXT),
            optional("approved_on", DATE)),
    ISF("isf", null, "isf_spend", List.of(), RowRules.NONE,
            required("provider_id", TEXT), required("client_id", TEXT), required("package_id", TEXT),
            required("spend_date", DATE), required("amount", MONEY), optional("description", TEXT)),
    DP_INVOICES("dp-invoices", null, "dp_invoice", List.of(), RowRules.NONE,
            required("dp_invoice_id", TEXT), required("client_id", TEXT), required("package_id", TEXT),
            required("payee_name", TEXT), required("sort_code", SORT_CODE), required("account_number", ACCOUNT_NUMBER),
            required("invoice_date", DATE), required("amount", MONEY));

    private final String folder;
    private final String fileName;
    private final String table;
    private final List<String> keyColumns;
    private final RowRule rowRule;
    private final List<Column> columns;
    private final Map<String, Integer> indexes = new HashMap<>();

    InboxKind(String folder, String fileName, String table, List<String> keyColumns, RowRule rowRule,
              Column... columns) {
        this.folder = folder;
        this.fileName = fileName;
        this.table = table;
        this.keyColumns = keyColumns;
        this.rowRule = rowRule;
        this.columns = List.of(columns);
        for (int i = 0; i < columns.length; i++) {
            indexes.put(columns[i].name(), i);
        }
    }

    /** The kind of the file {@code name} in inbox folder {@code folder}, or null when it is none. */
    public static InboxKind of(String folder, String name) {
        for (InboxKind kind : values()) {
            if (kind.folder.equals(folder) && kind.accepts(name)) {
                return kind;
            }
        }
        return null;
    }

    private boolean accepts(String name) {
        return fileName == null ? name.endsWith(".csv") : fileName.equals(name);
    }

    public String folder() {
        return folder;
    }

    public String table() {
        return table;
    }

    public List<Column> columns() {
        return columns;
    }

    /** What identifies one entity of a reference snapshot (R1: a refused entity keeps its previous row). */
    public List<String> keyColumns() {
        return keyColumns;
    }

    public RowRule rowRule() {
        return rowRule;
    }

    public boolean isReference() {
        return folder.equals("reference");
    }

    public boolean hasColumn(String name) {
        return indexes.containsKey(name);
    }

    public int columnIndex(String name) {
        Integer index = indexes.get(name);
        if (index == null) {
            throw new IllegalArgumentException(name + " is not a column of " + this);
        }
        return index;
    }
}
