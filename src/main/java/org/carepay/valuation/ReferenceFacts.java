package org.carepay.valuation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param packages        the packages without their sources, looked up per visit: hashed, in package_id order
 * @param packagesByClient each client's packages, in package_id order
 */
public record ReferenceFacts(Rates rates, Map<String, Sourced<CarePackage>> sourcedPackages,
                             Map<String, ClientFacts> clients, Map<String, ContributionHistory> contributions,
                             Set<String> providers, Map<String, CarePackage> packages,
                             Map<String, List<CarePackage>> packagesByClient) {

    public ReferenceFacts(Rates rates, Map<String, Sourced<CarePackage>> sourcedPackages,
                          Map<String, ClientFacts> clients, Map<String, ContributionHistory> contributions,
                          Set<String> providers) {
        this(rates, sourcedPackages, clients, contributions, providers, plain(sourcedPackages),
                byClient(sourcedPackages));
    }

    public ReferenceFacts {
        sourcedPackages = Collections.unmodifiableMap(sourcedPackages);
        packages = Collections.unmodifiableMap(packages);
        packagesByClient = Collections.unmodifiableMap(packagesByClient);
    }

    private static Map<String, CarePackage> plain(Map<String, Sourced<CarePackage>> sourced) {
        Map<String, CarePackage> packages = new LinkedHashMap<>();
        sourced.forEach((id, pkg) -> packages.put(id, pkg.value()));
        return packages;
    }

    private static Map<String, List<CarePackage>> byClient(Map<String, Sourced<CarePackage>> sourced) {
        Map<String, List<CarePackage>> byClient = new HashMap<>();
        sourced.values().forEach(pkg -> byClient.computeIfAbsent(pkg.value().clientId(), c -> new ArrayList<>())
                .add(pkg.value()));
        return byClient;
    }

    /** A client missing from the snapshot is taken as alive and at home (its lines are refused anyway). */
    public ClientFacts facts(String clientId) {
        return clients.getOrDefault(clientId, ClientFacts.ALIVE_AT_HOME);
    }

    /** The client's packages, in package_id order. */
    public List<CarePackage> packagesOf(String clientId) {
        return packagesByClient.getOrDefault(clientId, List.of());
    }

    public ContributionHistory contributionsOf(String clientId) {
        return contributions.getOrDefault(clientId, ContributionHistory.NONE);
    }
}
