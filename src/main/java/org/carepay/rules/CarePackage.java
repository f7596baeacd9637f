package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The columns of a packages.csv row that the rules need.
 *
 * @param endDate   null: open-ended
 * @param unitRate  null: the framework rate applies (R1)
 * @param carers    carers per visit (1 when the column was empty)
 */
public record CarePackage(String packageId, String clientId, String providerId, String serviceType,
        String paymentBasis, LocalDate startDate, LocalDate endDate, BigDecimal plannedUnitsPerWeek,
        BigDecimal unitRate, int carers) {

    public static final String HOMECARE = "HOMECARE";
    public static final String ACTUALS = "ACTUALS";

    public CarePackage {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(paymentBasis, "paymentBasis");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(plannedUnitsPerWeek, "plannedUnitsPerWeek");
        if (carers < 1) {
            throw new IllegalArgumentException("carers must be 1 or more: " + carers);
        }
    }

    /** R1: active on d when start_date ≤ d ≤ end_date (both ends included, an empty end is open). */
    public boolean activeOn(LocalDate d) {
        return !d.isBefore(startDate) && (endDate == null || !d.isAfter(endDate));
    }

    /** R2 pays on actuals only the HOMECARE packages with basis ACTUALS. */
    public boolean isHomecareOnActuals() {
        return HOMECARE.equals(serviceType) && ACTUALS.equals(paymentBasis);
    }
}
