package org.carepay.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** R2's visit amount = round(carer-minutes × hourly_rate / 60), to the penny, half-up (R0). */
public final class VisitAmount {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private VisitAmount() {
    }

    public static BigDecimal of(int carerMinutes, BigDecimal hourlyRate) {
        // The product is exact; divide(…, 2, HALF_UP) rounds the exact quotient once, so 0.915 → 0.92 and
        // 7.71666… → 7.72, with no intermediate rounding (R0).
        return BigDecimal.valueOf(carerMinutes).multiply(hourlyRate).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
