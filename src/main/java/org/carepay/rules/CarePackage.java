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
 * @param paymentMethod GROSS or NET (GROSS when the column was empty); NET only with RESIDENTIAL and
 *                  NURSING, which ingest checks (R1)
 */
public record CarePackage(String packageId, String clientId, String providerId, String serviceType,
        String paymentBasis, LocalDate startDate, LocalDate endDate, BigDecimal plannedUnitsPerWeek,
        BigDecimal unitRate, int carers, String paymentMethod) {

    public static final String HOMECARE = "HOMECARE";
    public static final String DAY_CARE = "DAY_CARE";
    public static final String SUPPORTED_LIVING = "SUPPORTED_LIVING";
    public static final String RESIDENTIAL = "RESIDENTIAL";
    public static final String NURSING = "NURSING";
    public static final String ISF = "ISF";
    public static final String DIRECT_PAYMENT = "DIRECT_PAYMENT";
    public static final String ACTUALS = "ACTUALS";
    public static final String PLANNED = "PLANNED";
    public static final String INVOICE = "INVOICE";
    public static final String GROSS = "GROSS";
    public static final String NET = "NET";

    /** A GROSS package: payment_method empty, as for every package that is not a NET care home. */
    public CarePackage(String packageId, String clientId, String providerId, String serviceType,
            String paymentBasis, LocalDate startDate, LocalDate endDate, BigDecimal plannedUnitsPerWeek,
            BigDecimal unitRate, int carers) {
        this(packageId, clientId, providerId, serviceType, paymentBasis, startDate, endDate, plannedUnitsPerWeek,
                unitRate, carers, GROSS);
    }

    public CarePackage {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(paymentBasis, "paymentBasis");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(plannedUnitsPerWeek, "plannedUnitsPerWeek");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        if (!GROSS.equals(paymentMethod) && !NET.equals(paymentMethod)) {
            throw new IllegalArgumentException("paymentMethod must be GROSS or NET: " + paymentMethod);
        }
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

    /** R3: a NET care home is paid its value less the client's RESIDENTIAL contribution. */
    public boolean isNet() {
        return NET.equals(paymentMethod);
    }
}
