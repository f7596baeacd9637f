package org.carepay.valuation;

import java.util.HashSet;
import java.util.Set;

import org.carepay.rules.CarePackage;

/**
 * What changed in the reference data since a run valued a week: R7 values again only what these can
 * change, so a run's look-back costs what changed, not 52 weeks.
 *
 * @param clients    clients whose date of death, hospital stays or contributions changed, who came or went, or
 *                   one of whose packages changed (before or after)
 * @param packages   packages whose row changed, came or went
 * @param providers  the providers of those packages, before and after
 * @param rates      the (provider, service type) whose framework rates changed, as {@code provider|service_type}
 * @param everything true when the snapshots cannot be compared: everything is valued again
 */
public record Changes(Set<String> clients, Set<String> packages, Set<String> providers, Set<String> rates,
                      boolean everything) {

    public static final Changes ALL = new Changes(Set.of(), Set.of(), Set.of(), Set.of(), true);

    public Changes {
        clients = Set.copyOf(clients);
        packages = Set.copyOf(packages);
        providers = Set.copyOf(providers);
        rates = Set.copyOf(rates);
    }

    /**
     * The providers whose returns R2 may rate otherwise now (homecare): those of the changed packages and of
     * the changed clients' packages, and those whose HOMECARE rates changed. A visit of a client under another
     * provider's package is refused before and after, unless the package changed.
     */
    public Set<String> homecareProviders(ReferenceFacts facts) {
        Set<String> affected = new HashSet<>(providers);
        for (CarePackage pkg : facts.packages().values()) {
            if (clients.contains(pkg.clientId()) || ratesChanged(pkg.providerId(), pkg.serviceType())) {
                affected.add(pkg.providerId());
            }
        }
        return affected;
    }

    /** The clients whose scheduled amounts R3 may give otherwise now: it values a client's packages together. */
    public Set<String> scheduledClients(ReferenceFacts facts) {
        Set<String> affected = new HashSet<>(clients);
        for (CarePackage pkg : facts.packages().values()) {
            if (ratesChanged(pkg.providerId(), pkg.serviceType())) {
                affected.add(pkg.clientId());
            }
        }
        return affected;
    }

    public boolean ratesChanged(String providerId, String serviceType) {
        return everything || rates.contains(providerId + "|" + serviceType);
    }
}
