package org.carepay.valuation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.carepay.rules.CarePackage;
import org.carepay.rules.ClientFacts;
import org.carepay.rules.ContributionHistory;
import org.carepay.rules.Rates;

/**
 * The reference snapshots a run reads, as the rules take them: read once per run, whatever weeks it values.
 *
 * @param sourcedPackages every package, in package_id order, with its source line
 * @param clients         each client's date of death and hospital stays
 * @param providers       the provider ids of the providers snapshot
 */
public record ReferenceFacts(Rates rates, Map<String, Sourced<CarePackage>> sourcedPackages,
                             Map<String, ClientFacts> clients, Map<String, ContributionHistory> contributions,
                             Set<String> providers, Map<String, CarePackage> packages) {

    public ReferenceFacts(Rates rates, Map<String, Sourced<CarePackage>> sourcedPackages,
                          Map<String, ClientFacts> clients, Map<String, ContributionHistory> contributions,
                          Set<String> providers) {
        this(rates, sourcedPackages, clients, contributions, providers, plain(sourcedPackages));
    }

    public ReferenceFacts {
        sourcedPackages = Collections.unmodifiableMap(sourcedPackages);
        packages = Collections.unmodifiableMap(packages);
    }

    /** The packages without their sources, looked up per visit: hashed, kept in package_id order. */
    private static Map<String, CarePackage> plain(Map<String, Sourced<CarePackage>> sourced) {
        Map<String, CarePackage> packages = new LinkedHashMap<>();
        sourced.forEach((id, pkg) -> packages.put(id, pkg.value()));
        return packages;
    }

    /** A client missing from the snapshot is taken as alive and at home (its lines are refused anyway). */
    public ClientFacts facts(String clientId) {
        return clients.getOrDefault(clientId, ClientFacts.ALIVE_AT_HOME);
    }

    public ContributionHistory contributionsOf(String clientId) {
        return contributions.getOrDefault(clientId, ContributionHistory.NONE);
    }
}
