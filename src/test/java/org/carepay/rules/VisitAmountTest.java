package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Visit amount = round(carer-minutes × hourly_rate / 60), half-up to the penny, computed exactly. */
class VisitAmountTest {

    @ParameterizedTest(name = "{0} carer-minutes at {1}/h = {2}")
    @CsvSource({
            "25, 18.52, 7.72",  // 25 × 18.52 = 463.00; / 60 = 7.71666… → 7.72
            "3, 18.30, 0.92",   // 3 × 18.30 = 54.90; / 60 = 0.915 exactly, a half penny → up to 0.92
            "1, 24.90, 0.42",   // 1 × 24.90 / 60 = 0.415 exactly → up to 0.42
            "1, 24.30, 0.41",   // 1 × 24.30 / 60 = 0.405 exactly → up to 0.41
            "2, 24.10, 0.80",   // 2 × 24.10 = 48.20; / 60 = 0.80333… → 0.80
            "45, 25.20, 18.90", // 45 × 25.20 = 1134.00; / 60 = 18.90 exactly
            "15, 26.40, 6.60",  // 15 × 26.40 = 396.00; / 60 = 6.60
            "60, 26.40, 26.40", // an hour at the hourly rate, still 2 decimals
            "0, 26.40, 0.00",   // a visit the cap cut to 0 is a line of 0.00
            "630, 25.20, 264.60", // 630 × 25.20 = 15876.00; / 60 = 264.60
    })
    void roundsOnceHalfUpToThePenny(int carerMinutes, String rate, String amount) {
        // isEqualTo on BigDecimal also compares the scale: every amount has exactly 2 decimals.
        assertThat(VisitAmount.of(carerMinutes, new BigDecimal(rate))).isEqualTo(new BigDecimal(amount));
    }
}
