package org.carepay.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.carepay.rules.ChargeLine;
import org.carepay.rules.WeekCharge;
import org.junit.jupiter.api.Test;

/** R7 for charges: a client-week's worth today and the ARREARS or CREDIT line of the difference. */
class ChargeCorrectionsTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);

    @Test
    void aWeekIsWorthItsChargeWhenBilledOrAccruedAndNothingWhenNotAssessed() {
        assertThat(ChargeCorrections.worth(week("25.00", WeekCharge.Status.BILLED))).isEqualByComparingTo("25.00");
        assertThat(ChargeCorrections.worth(week("25.00", WeekCharge.Status.ACCRUED))).isEqualByComparingTo("25.00");
        assertThat(ChargeCorrections.worth(week("25.00", WeekCharge.Status.NOT_ASSESSED))).isEqualTo("0.00");
        assertThat(ChargeCorrections.worth(Optional.empty())).isEqualTo("0.00");
    }

    @Test
    void moreThanBilledIsArrearsAndSaysWhatChanged() {
        ChargeLine arrears = ChargeCorrections.correction(WEEK, week("40.00", WeekCharge.Status.BILLED),
                released("25.00", "25.00", WeekCharge.Status.BILLED), false, null, "BL-1").orElseThrow();
        assertThat(arrears.type()).isEqualTo(ChargeLine.Type.ARREARS);
        assertThat(arrears.charge()).isEqualTo("15.00");
        assertThat(arrears.status()).isEqualTo(WeekCharge.Status.BILLED);
        assertThat(arrears.chargeableCost()).isNull();
        assertThat(arrears.detail()).isEqualTo("contribution reassessed: maximum charge 40.00 for the week, was 25.00,"
                + " notified after BL-1 was released: charge 40.00, billed so far 25.00");
    }

    @Test
    void lessThanBilledIsACredit() {
        ChargeLine credit = ChargeCorrections.correction(WEEK, Optional.empty(),
                released("40.00", "40.00", WeekCharge.Status.BILLED), false, null, "BL-1").orElseThrow();
        assertThat(credit.type()).isEqualTo(ChargeLine.Type.CREDIT);
        assertThat(credit.charge()).isEqualTo("-40.00");
        assertThat(credit.detail()).isEqualTo("no chargeable care in the week any more, notified after BL-1 was"
                + " released: charge 0.00, billed so far 40.00");
    }

    @Test
    void aWeekNotAssessedThenIsBilledOnceAssessed() {
        ChargeLine arrears = ChargeCorrections.correction(WEEK, week("30.00", WeekCharge.Status.BILLED),
                new ReleasedWeek(new BigDecimal("0.00"), new WeekCharge(WEEK, money("100.00"), money("0.00"),
                        money("0.00"), WeekCharge.Status.NOT_ASSESSED)), false, null, "BL-1").orElseThrow();
        assertThat(arrears.charge()).isEqualTo("30.00");
        assertThat(arrears.detail()).startsWith("assessed since: maximum charge 30.00 for the week, notified");
    }

    @Test
    void aDeathNotifiedLateNamesTheDateAndTheNewMaximum() {
        ChargeLine credit = ChargeCorrections.correction(WEEK, Optional.of(new WeekCharge(WEEK, money("210.60"),
                        money("22.14"), money("22.14"), WeekCharge.Status.BILLED)),
                new ReleasedWeek(money("38.75"), new WeekCharge(WEEK, money("375.60"), money("38.75"), money("38.75"),
                        WeekCharge.Status.BILLED)), false, LocalDate.of(2026, 11, 19), "BL-1").orElseThrow();
        assertThat(credit.charge()).isEqualTo("-16.61");
        assertThat(credit.detail()).isEqualTo("client died on 2026-11-19; cost of care 210.60, was 375.60; maximum"
                + " charge 22.14 for the week, was 38.75, notified after BL-1 was released: charge 22.14, billed so"
                + " far 38.75");
    }

    @Test
    void careRecordedAfterTheWeekWasBilledIsArrears() {
        ChargeLine arrears = ChargeCorrections.correction(WEEK, week("33.60", WeekCharge.Status.BILLED),
                ReleasedWeek.NOTHING, false, null, "BL-1").orElseThrow();
        assertThat(arrears.detail()).isEqualTo("care recorded since the week was billed: cost of care 100.00,"
                + " notified after BL-1 was released: charge 33.60, billed so far 0.00");
    }

    @Test
    void aCourtOfProtectionClientsCorrectionAccrues() {
        assertThat(ChargeCorrections.correction(WEEK, Optional.empty(), released("225.90", "225.90",
                WeekCharge.Status.ACCRUED), true, null, "BL-1").orElseThrow().status()).isEqualTo(WeekCharge.Status.ACCRUED);
    }

    @Test
    void noDifferenceNoLine() {
        assertThat(ChargeCorrections.correction(WEEK, week("25.00", WeekCharge.Status.BILLED),
                released("25", "25.00", WeekCharge.Status.BILLED), false, null, "BL-1")).isEmpty();
    }

    private static ReleasedWeek released(String charged, String charge, WeekCharge.Status status) {
        return new ReleasedWeek(money(charged), new WeekCharge(WEEK, money("100.00"), money(charge), money(charge),
                status));
    }

    private static Optional<WeekCharge> week(String charge, WeekCharge.Status status) {
        return Optional.of(new WeekCharge(WEEK, money("100.00"), money(charge), money(charge), status));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
