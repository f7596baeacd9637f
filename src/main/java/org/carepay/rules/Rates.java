package org.carepay.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * R1's rate of a package on a day: its own unit_rate when it has one, otherwise the framework rate of its
 * (provider, service type) with the latest effective_from on or before the day. An uplift therefore takes
 * effect on its own date, also in the middle of a week.
 */
public final class Rates {

    /** (provider, service type) → effective_from → rate. */
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> framework = new HashMap<>();

    /** @param frameworkRates all rows of rates.csv, any providers and service types */
    public Rates(List<FrameworkRate> frameworkRates) {
        for (FrameworkRate rate : frameworkRates) {
            BigDecimal earlier = framework.computeIfAbsent(key(rate.providerId(), rate.serviceType()),
                    k -> new TreeMap<>()).putIfAbsent(rate.effectiveFrom(), rate.unitRate());
            // Ingest refuses a second row with the same key (DUPLICATE_ID), so two here are a caller's bug.
            if (earlier != null) {
                throw new IllegalArgumentException("two framework rates for " + rate.providerId() + " "
                        + rate.serviceType() + " from " + rate.effectiveFrom());
            }
        }
    }

    /** The package's rate on the day, or empty when it has no unit_rate and no framework rate applies yet. */
    public Optional<BigDecimal> rateOn(CarePackage pkg, LocalDate day) {
        if (pkg.unitRate() != null) {
            return Optional.of(pkg.unitRate());
        }
        NavigableMap<LocalDate, BigDecimal> byDate = framework.get(key(pkg.providerId(), pkg.serviceType()));
        if (byDate == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDate.floorEntry(day)).map(Map.Entry::getValue);
    }

    private static String key(String providerId, String serviceType) {
        // A separator that no id or code contains, so that ("P1", "0HOMECARE") is not ("P10", "HOMECARE").
        return providerId + '\u0000' + serviceType;
    }
}
