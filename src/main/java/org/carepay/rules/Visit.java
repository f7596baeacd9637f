package org.carepay.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One line of a provider return, already well-formed: INVALID_LINE (R2 order 1) is decided at ingest.
 *
 * @param source       {@code returns/FILE:RECORD}, for the outputs
 * @param recordNo     the record number in the return (the header is record 1)
 * @param carers       carers who attended
 * @param variationRef null or empty: no authorised variation
 */
public record Visit(String source, int recordNo, String providerId, LocalDate weekStart, String clientId,
        String packageId, LocalDate visitDate, LocalTime plannedStart, int plannedMinutes, LocalTime actualStart,
        int actualMinutes, int carers, String carerRef, String variationRef) {

    public Visit {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(visitDate, "visitDate");
        Objects.requireNonNull(actualStart, "actualStart");
        // The ingest's INVALID_LINE limits; a line outside them here is a caller's bug, not a refusal.
        checkMinutes("plannedMinutes", plannedMinutes);
        checkMinutes("actualMinutes", actualMinutes);
        if (carers < 1) {
            throw new IllegalArgumentException("carers must be 1 or more: " + carers);
        }
    }

    /** An authorised variation: the visit may be paid beyond its planned minutes and is outside the cap. */
    public boolean hasVariation() {
        return variationRef != null && !variationRef.isBlank();
    }

    private static void checkMinutes(String name, int minutes) {
        if (minutes < 0 || minutes > 1440) {
            throw new IllegalArgumentException(name + " must be 0-1440: " + minutes);
        }
    }
}
