package org.carepay.valuation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import org.carepay.rules.CarePackage;

/**
 * One (provider, package, week) of R7: what a payment run of one kind values and what its released lines
 * add up to. The client and service type are the package's, carried for the ADJUSTMENT line.
 */
public record PackageWeek(String providerId, String clientId, String packageId, String serviceType,
                          LocalDate weekStart) implements Comparable<PackageWeek> {

    private static final Comparator<PackageWeek> ORDER = Comparator.comparing(PackageWeek::providerId)
            .thenComparing(PackageWeek::clientId).thenComparing(PackageWeek::packageId)
            .thenComparing(PackageWeek::serviceType).thenComparing(PackageWeek::weekStart);

    public PackageWeek {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(weekStart, "weekStart");
    }

    public static PackageWeek of(CarePackage pkg, String providerId, LocalDate weekStart) {
        return new PackageWeek(providerId, pkg.clientId(), pkg.packageId(), pkg.serviceType(), weekStart);
    }

    @Override
    public int compareTo(PackageWeek other) {
        return ORDER.compare(this, other);
    }
}
