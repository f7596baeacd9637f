package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One row of rates.csv: the framework rate of a provider and service type from a date on. */
public record FrameworkRate(String providerId, String serviceType, LocalDate effectiveFrom, BigDecimal unitRate) {

    public FrameworkRate {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(unitRate, "unitRate");
    }
}
