package org.carepay.payments.homecare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carepay.ingest.format.InboxKind;
import org.carepay.reference.CurrentReference;
import org.carepay.rules.CarePackage;
import org.carepay.rules.ClientFacts;
import org.carepay.rules.Rates;
import org.springframework.stereotype.Component;

/**
 * The reference data a homecare run rates with, read once per run from the current snapshots:
 * packages, rates, and for each client the date of death and hospital stays.
 */
@Component
class HomecareReference {

    private final CurrentReference reference;

    HomecareReference(CurrentReference reference) {
        this.reference = reference;
    }

    Data load() {
        Map<String, CarePackage> packages = new HashMap<>();
        reference.packages().forEach((id, sourced) -> packages.put(id, sourced.value()));
        return new Data(reference.rates(), packages, reference.clients());
    }

    /** The snapshots it read, for the run's inputs. */
    List<Long> snapshotIds() {
        return reference.snapshotIds(List.of(InboxKind.CLIENTS, InboxKind.PROVIDERS, InboxKind.RATES,
                InboxKind.PACKAGES, InboxKind.ABSENCES));
    }

    record Data(Rates rates, Map<String, CarePackage> packages, Map<String, ClientFacts> clients) {
    }
}
