package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A well-formed line of invoices/*.csv: one that passed R4's check 1 (INVALID_LINE) at ingest, which is why
 * the constructor refuses a period that ends before it starts and units or unit_rate not above 0.
 *
 * @param source e.g. {@code invoices/P01-0042.csv:3}
 */
public record Invoice(String source, String invoiceNo, String providerId, LocalDate invoiceDate, String clientId,
        String packageId, LocalDate periodStart, LocalDate periodEnd, BigDecimal units, BigDecimal unitRate,
        BigDecimal amount) {

    public Invoice {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(invoiceNo, "invoiceNo");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(unitRate, "unitRate");
        Objects.requireNonNull(amount, "amount");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException(source + ": period_end " + periodEnd + " before period_start "
                    + periodStart + " is INVALID_LINE");
        }
        if (units.signum() <= 0 || unitRate.signum() <= 0) {
            throw new IllegalArgumentException(source + ": units and unit_rate must be above 0 (INVALID_LINE)");
        }
    }

    /** The days of the period, both ends included (R0). */
    public long days() {
        return ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
    }

    boolean overlaps(Invoice other) {
        return !periodStart.isAfter(other.periodEnd) && !other.periodStart.isAfter(periodEnd);
    }
}
