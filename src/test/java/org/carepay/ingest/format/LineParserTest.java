package org.carepay.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The INVALID_LINE checks, one record at a time, with no database. */
class LineParserTest {

    private static final String[] VISIT = {"P1", "2026-11-16", "C1", "K1", "2026-11-18", "07:30", "30", "07:34", "28",
            "1", "", ""};
    private static final String[] PACKAGE = {"K1", "C1", "P1", "HOMECARE", "ACTUALS", "", "2026-01-05", "", "HOUR",
            "10.5", "", "", "COUNCIL", "", "Y"};

    @Test
    void aGoodVisitIsTakenWithItsValuesTrimmedAndOptionalsEmpty() {
        String[] padded = VISIT.clone();
        padded[2] = "  C1 ";
        ParsedLine parsed = LineParser.parse(InboxKind.RETURN, padded);
        assertThat(parsed.isRefused()).isFalse();
        assertThat(parsed.line().get("client_id")).isEqualTo("C1");
        assertThat(parsed.line().get("carer_ref")).isNull();
    }

    @Test
    void emptyOptionalColumnsTakeTheirDefaults() {
        Line line = LineParser.parse(InboxKind.PACKAGES, PACKAGE).line();
        assertThat(line.get("payment_method")).isEqualTo("GROSS");
        assertThat(line.get("carers")).isEqualTo("1");
        assertThat(line.get("health_share_percent")).isEqualTo("0");
        assertThat(line.get("unit_rate")).isNull();
        assertThat(line.get("end_date")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "4|2026-02-30|visit_date '2026-02-30' is not a date yyyy-MM-dd",
            "4|2026-1-05|visit_date '2026-1-05' is not a date yyyy-MM-dd",
            "5|24:00|planned_start '24:00' is not a time HH:mm",
            "7|7.30|actual_start '7.30' is not a time HH:mm",
            "6|thirty|planned_minutes 'thirty' is not a whole number",
            "8|-1|actual_minutes -1 is outside 0-1440",
            "8|1441|actual_minutes 1441 is outside 0-1440",
            "9|0|carers 0 is below 1",
            "2|\"\"|client_id is empty",
    })
    void aMalformedVisitIsRefusedWithTheFirstProblem(int column, String value, String reason) {
        assertThat(refusalOf(InboxKind.RETURN, VISIT, column, value)).isEqualTo(reason);
    }

    @Test
    void minutesAtTheLimitsAreAccepted() {
        String[] values = VISIT.clone();
        values[6] = "0";
        values[8] = "1440";
        assertThat(LineParser.parse(InboxKind.RETURN, values).isRefused()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "5|NET|payment_method NET is only for RESIDENTIAL and NURSING",
            "3|DAY_CARE|payment_basis ACTUALS is only for HOMECARE",
            "3|NURSING|payment_basis ACTUALS is only for HOMECARE",
            "8|DAY|HOMECARE is planned in HOUR",
            "11|0|carers 0 is below 1",
            "13|101|health_share_percent 101 is outside 0-100",
            "7|2026-01-04|end_date is before start_date",
            "10|18.525|unit_rate '18.525' is not an amount with at most 2 decimals",
            "14|y|chargeable 'y' is not Y or N",
            "3|CARE|service_type 'CARE' is not one of DAY_CARE, DIRECT_PAYMENT, HOMECARE, ISF, NURSING, RESIDENTIAL, SUPPORTED_LIVING",
    })
    void aPackageThatBreaksR1IsRefused(int column, String value, String reason) {
        assertThat(refusalOf(InboxKind.PACKAGES, PACKAGE, column, value)).isEqualTo(reason);
    }

    /** Why a good line with one value changed is refused. */
    private static String refusalOf(InboxKind kind, String[] good, int column, String value) {
        String[] values = good.clone();
        values[column] = value;
        return LineParser.parse(kind, values).refusal();
    }

    @Test
    void aResidentialPackageIsPaidOnlyPlanned() {
        String[] values = {"K2", "C1", "P1", "RESIDENTIAL", "INVOICE", "NET", "2026-01-05", "", "WEEK", "1", "800.00",
                "", "COUNCIL", "", "Y"};
        assertThat(LineParser.parse(InboxKind.PACKAGES, values).refusal()).isEqualTo("RESIDENTIAL is paid only PLANNED");
        values[4] = "PLANNED";
        values[9] = "2";
        assertThat(LineParser.parse(InboxKind.PACKAGES, values).refusal())
                .isEqualTo("unit WEEK needs planned_units_per_week 1");
    }

    @Test
    void personalDataIsNeverEchoedInARefusal() {
        String[] client = {"C1", "Ann", "Smith", "01/02/1940", "1 High St", "AB1 2CD", "D1", "", "NORMAL", ""};
        assertThat(LineParser.parse(InboxKind.CLIENTS, client).refusal())
                .isEqualTo("date_of_birth is not a date yyyy-MM-dd");
    }

    @Test
    void contributionsOfNilAndFullCostHaveNoAmount() {
        String[] nil = {"C1", "NIL", "2026-04-06", "", "0.00"};
        assertThat(LineParser.parse(InboxKind.CONTRIBUTIONS, nil).isRefused()).isFalse();
        nil[4] = "0.01";
        assertThat(LineParser.parse(InboxKind.CONTRIBUTIONS, nil).refusal()).isEqualTo("weekly_amount must be 0 for NIL");
        String[] fullCost = {"C1", "FULL_COST", "2026-04-06", "", "12"};
        assertThat(LineParser.parse(InboxKind.CONTRIBUTIONS, fullCost).refusal())
                .isEqualTo("weekly_amount must be 0 for FULL_COST");
    }

    @Test
    void invoicesAndRequestsMustClaimAboveZero() {
        String[] invoice = {"INV1", "P1", "2026-11-20", "C1", "K1", "2026-11-16", "2026-11-22", "2", "-12.46", "-24.92"};
        assertThat(LineParser.parse(InboxKind.INVOICES, invoice).refusal()).isEqualTo("unit_rate -12.46 is not above 0");
        String[] request = {"R1", "P1", "C1", "EMERGENCY", "150.00", "night cover", "Ann", "Bob", ""};
        assertThat(LineParser.parse(InboxKind.REQUESTS, request).refusal())
                .isEqualTo("approved_by and approved_on must be given together");
    }

    @ParameterizedTest
    @CsvSource({"1234.50,true", "0.5,true", "-3.25,true", "12,true", "1.234,false", "1.,false", ".5,false",
            "£12,false", "'1,234.00',false", "1e3,false"})
    void moneyIsAPlainDecimalWithAtMostTwoPlaces(String value, boolean valid) {
        assertThat(LineParser.isDecimal(value, 2)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-16,true", "2024-02-29,true", "2026-02-29,false", "2026-04-31,false", "2026-12-31,true",
            "2026-13-01,false", "2026-00-10,false", "2026-01-00,false", "2026/01/05,false", "20260105,false"})
    void datesAreRealCalendarDates(String value, boolean valid) {
        assertThat(LineParser.isDate(value)).isEqualTo(valid);
    }
}
