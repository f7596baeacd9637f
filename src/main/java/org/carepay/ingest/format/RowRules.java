package org.carepay.ingest.format;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The INVALID_LINE rules of R1, R2 (order 1), R4 (order 1) and R5 that look at one line alone.
 * Dates are ISO strings here, so comparing them as text compares them as dates.
 */
final class RowRules {

    static final RowRule NONE = line -> null;

    static final RowRule CLIENT = NONE;

    static final RowRule RATE = line -> notNegative(line, "unit_rate");

    static final RowRule PACKAGE = line -> firstOf(
            endNotBeforeStart(line, "start_date", "end_date"),
            atLeastOne(line, "carers"),
            between(line, "health_share_percent", 0, 100),
            notNegative(line, "planned_units_per_week"),
            line.has("unit_rate") ? notNegative(line, "unit_rate") : null,
            basisFitsServiceType(line),
            unitFitsServiceType(line));

    static final RowRule CONTRIBUTION = line -> firstOf(
            endNotBeforeStart(line, "effective_from", "effective_to"),
            notNegative(line, "weekly_amount"),
            zeroForNilAndFullCost(line));

    static final RowRule ABSENCE = line -> endNotBeforeStart(line, "start_date", "end_date");

    static final RowRule BUDGET = line -> notNegative(line, "annual_budget");

    static final RowRule VISIT = line -> firstOf(
            minutes(line, "planned_minutes"),
            minutes(line, "actual_minutes"),
            atLeastOne(line, "carers"));

    static final RowRule INVOICE = line -> firstOf(
            endNotBeforeStart(line, "period_start", "period_end"),
            abovezero(line, "units"),
            abovezero(line, "unit_rate"));

    static final RowRule REQUEST = line -> firstOf(
            abovezero(line, "amount"),
            line.has("approved_by") == line.has("approved_on") ? null
                    : "approved_by and approved_on must be given together");

    private static final Set<String> RESIDENTIAL = Set.of("RESIDENTIAL", "NURSING");

    private RowRules() {
    }

    private static String firstOf(String... problems) {
        for (String problem : problems) {
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String endNotBeforeStart(Line line, String start, String end) {
        return line.has(end) && line.get(end).compareTo(line.get(start)) < 0 ? end + " is before " + start : null;
    }

    private static String atLeastOne(Line line, String column) {
        return line.integer(column) < 1 ? column + " " + line.get(column) + " is below 1" : null;
    }

    private static String between(Line line, String column, int low, int high) {
        int value = line.integer(column);
        return value < low || value > high ? column + " " + value + " is outside " + low + "-" + high : null;
    }

    private static String minutes(Line line, String column) {
        return between(line, column, 0, 1440);
    }

    private static String notNegative(Line line, String column) {
        return line.decimal(column).signum() < 0 ? column + " " + line.get(column) + " is negative" : null;
    }

    private static String abovezero(Line line, String column) {
        return line.decimal(column).signum() <= 0 ? column + " " + line.get(column) + " is not above 0" : null;
    }

    private static String zeroForNilAndFullCost(Line line) {
        String type = line.get("assessment_type");
        boolean mustBeZero = type.equals("NIL") || type.equals("FULL_COST");
        return mustBeZero && line.decimal("weekly_amount").compareTo(BigDecimal.ZERO) != 0
                ? "weekly_amount must be 0 for " + type : null;
    }

    private static String basisFitsServiceType(Line line) {
        String type = line.get("service_type");
        String basis = line.get("payment_basis");
        if (basis.equals("ACTUALS") && !type.equals("HOMECARE")) {
            return "payment_basis ACTUALS is only for HOMECARE";
        }
        if (RESIDENTIAL.contains(type) && !basis.equals("PLANNED")) {
            return type + " is paid only PLANNED";
        }
        if (line.get("payment_method").equals("NET") && !RESIDENTIAL.contains(type)) {
            return "payment_method NET is only for RESIDENTIAL and NURSING";
        }
        return null;
    }

    private static String unitFitsServiceType(Line line) {
        if (line.get("service_type").equals("HOMECARE") && !line.get("unit").equals("HOUR")) {
            return "HOMECARE is planned in HOUR";
        }
        if (line.get("unit").equals("WEEK") && line.decimal("planned_units_per_week").compareTo(BigDecimal.ONE) != 0) {
            return "unit WEEK needs planned_units_per_week 1";
        }
        return null;
    }
}
