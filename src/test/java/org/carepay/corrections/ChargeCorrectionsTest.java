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
    void moreThanBilledIsArrearsAndLessIsACredit() {
        ChargeLine arrears = ChargeCorrections.correction(WEEK, money("40.00"), money("25.00"), false, "BL-1")
                .orElseThrow();
        assertThat(arrears.type()).isEqualTo(ChargeLine.Type.ARREARS);
        assertThat(arrears.charge()).isEqualTo("15.00");
        assertThat(arrears.status()).isEqualTo(WeekCharge.Status.BILLED);
        assertThat(arrears.chargeableCost()).isNull();
        assertThat(arrears.detail()).isEqualTo("week 2026-11-16 billed in BL-1 worked out again with today's data:"
                + " charge 40.00, billed so far 25.00");

        ChargeLine credit = ChargeCorrections.correction(WEEK, money("25.00"), money("40.00"), false, "BL-1")
                .orElseThrow();
        assertThat(credit.type()).isEqualTo(ChargeLine.Type.CREDIT);
        assertThat(credit.charge()).isEqualTo("-15.00");
    }

    @Test
    void aCourtOfProtectionClientsCorrectionAccrues() {
        assertThat(ChargeCorrections.correction(WEEK, money("0.00"), money("225.90"), true, "BL-1").orElseThrow()
                .status()).isEqualTo(WeekCharge.Status.ACCRUED);
    }

    @Test
    void noDifferenceNoLine() {
        assertThat(ChargeCorrections.correction(WEEK, money("25.00"), money("25"), false, "BL-1")).isEmpty();
    }

    private static Optional<WeekCharge> week(String charge, WeekCharge.Status status) {
        return Optional.of(new WeekCharge(WEEK, money("100.00"), money(charge), money(charge), status));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
