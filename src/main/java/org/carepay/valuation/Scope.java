package org.carepay.valuation;

import java.util.Set;

/**
 * Which package-weeks of a released week R7 valued again: those of some providers (homecare: a return is
 * valued whole), of some clients (scheduled: a client's packages together), or all of them.
 */
public record Scope(Set<String> providers, Set<String> clients, boolean all) {

    public static final Scope ALL = new Scope(Set.of(), Set.of(), true);

    public Scope {
        providers = Set.copyOf(providers);
        clients = Set.copyOf(clients);
    }

    public static Scope providers(Set<String> providers) {
        return new Scope(providers, Set.of(), false);
    }

    public static Scope clients(Set<String> clients) {
        return new Scope(Set.of(), clients, false);
    }

    public boolean isEmpty() {
        return !all && providers.isEmpty() && clients.isEmpty();
    }
}
