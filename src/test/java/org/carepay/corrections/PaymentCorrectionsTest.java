package org.carepay.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.carepay.valuation.PackageWeek;
import org.junit.jupiter.api.Test;

/** R7's adjustments of one released week: worth today − released, per package-week, only where they differ. */
class PaymentCorrectionsTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    private static final PackageWeek A = new PackageWeek("P01", "C1", "PK1", "HOMECARE", WEEK);
    private static final PackageWeek B = new PackageWeek("P01", "C2", "PK2", "HOMECARE", WEEK);
    private static final PackageWeek C = new PackageWeek("P02", "C3", "PK3", "RESIDENTIAL", WEEK);

    @Test
    void eachDifferenceIsAnAdjustmentNamingTheReleasedRun() {
        List<Adjustment> adjustments = PaymentCorrections.adjustments("HC-2026-11-16-1",
                Map.of(A, money("100.00"), B, money("50.00")),
                Map.of(A, money("85.00"), B, money("50.00"), C, money("12.34")), PaymentCorrectionsTest::why);

        assertThat(adjustments).containsExactly(new Adjustment(A, money("-15.00"), "HC-2026-11-16-1", "PK1 was 100.00"),
                new Adjustment(C, money("12.34"), "HC-2026-11-16-1", "PK3 was 0"));
    }

    @Test
    void aPackageWeekNoLongerPaidIsRecoveredWhole() {
        // Released 812.00 plus an earlier adjustment of -232.00; today it is not paid at all.
        assertThat(PaymentCorrections.adjustments("SP-2026-11-16-1", Map.of(C, money("580.00")), Map.of(),
                PaymentCorrectionsTest::why)).containsExactly(new Adjustment(C, money("-580.00"), "SP-2026-11-16-1",
                "PK3 was 580.00"));
    }

    @Test
    void whatWasReleasedAndIsWorthTheSameIsNotCorrected() {
        assertThat(PaymentCorrections.adjustments("HC-2026-11-16-1", Map.of(A, money("0.00")),
                Map.of(A, money("0")), PaymentCorrectionsTest::why)).isEmpty();
    }

    @Test
    void theWindowIs52Weeks() {
        assertThat(LookBackWindow.start(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    private static String why(PackageWeek packageWeek, BigDecimal released) {
        return packageWeek.packageId() + " was " + released;
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
