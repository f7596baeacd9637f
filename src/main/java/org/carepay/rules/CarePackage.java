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
 * @param funding   COUNCIL, HEALTH or JOINT; only client charges (R6) use it, never payments (R0)
 * @param healthSharePercent 0–100 (0 when the column was empty); R6 uses it for JOINT packages only
 * @param chargeable the column chargeable: Y is true; N (e.g. reablement, s117 aftercare) is never charged
 */
public record CarePackage(String packageId, String clientId, String providerId, String serviceType,
        String paymentBasis, LocalDate startDate, LocalDate endDate, BigDecimal plannedUnitsPerWeek,
        BigDecimal unitRate, int carers, String paymentMethod, String funding, int healthSharePercent,
        boolean chargeable) {

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
    public static final String COUNCIL = "COUNCIL";
    public static final String HEALTH = "HEALTH";
    public static final String JOINT = "JOINT";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A council-funded (COUNCIL, health share 0), chargeable package, as the payment rules see every package. */
    public CarePackage(String packageId, String clientId, String providerId, String serviceType,
            String paymentBasis, LocalDate startDate, LocalDate endDate, BigDecimal plannedUnitsPerWeek,
            BigDecimal unitRate, int carers, String paymentMethod) {
        this(packageId, clientId, providerId, serviceType, paymentBasis, startDate, endDate, plannedUnitsPerWeek,
                unitRate, carers, paymentMethod, COUNCIL, 0, true);
    }

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
        Objects.requireNonNull(funding, "funding");
        if (!COUNCIL.equals(funding) && !HEALTH.equals(funding) && !JOINT.equals(funding)) {
            throw new IllegalArgumentException("funding must be COUNCIL, HEALTH or JOINT: " + funding);
        }
        if (healthSharePercent < 0 || healthSharePercent > 100) {
            throw new IllegalArgumentException("health_share_percent must be 0–100: " + healthSharePercent);
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

    /**
     * R6: the council's share of the package's cost, in percent: COUNCIL 100, HEALTH 0, JOINT
     * 100 − health_share_percent.
     */
    public BigDecimal councilSharePercent() {
        return switch (funding) {
            case COUNCIL -> HUNDRED;
            case HEALTH -> BigDecimal.ZERO;
            default -> BigDecimal.valueOf(100L - healthSharePercent);
        };
    }

    /**
     * R6: whether the package's amounts are part of the client's chargeable cost at all: chargeable = Y, and
     * not a NET care home (the client pays the home directly), an ISF or a DIRECT_PAYMENT.
     */
    public boolean chargedToClient() {
        return chargeable && !isNet() && !ISF.equals(serviceType) && !DIRECT_PAYMENT.equals(serviceType);
    }
}
