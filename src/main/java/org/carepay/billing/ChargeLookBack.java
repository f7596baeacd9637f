package org.carepay.billing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.carepay.corrections.LookBackWindow;
import org.carepay.corrections.ReleasedWeek;
import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.ledger.ReferenceChanges;
import org.carepay.ledger.ReleasedCharges;
import org.carepay.reference.Valuations;
import org.carepay.rules.Invoice;
import org.carepay.rules.Visit;
import org.carepay.valuation.Changes;

/**
 * R7's look-back of a billing run: the weeks of its window that released billing runs billed, and of each
 * the clients whose charge may have changed since the billing run that valued it last: those the changed
 * reference data touches, those of returns and invoices taken in since. Their costs are worked out again
 * into the run's {@link PeriodCosts}; the other clients' weeks are worth what was billed.
 */
final class ChargeLookBack {

    private final SortedMap<LocalDate, String> billed;
    private final Map<LocalDate, Set<String>> clientsByWeek = new HashMap<>();
    private final Set<LocalDate> wholeWeeks = new HashSet<>();
    private Map<String, Map<LocalDate, ReleasedWeek>> released = Map.of();

    private ChargeLookBack(SortedMap<LocalDate, String> billed) {
        this.billed = billed;
    }

    /**
     * Works out the look-back of the period starting on {@code periodStart}: adds the costs of what may have
     * changed to {@code costs}, the returns read to {@code inputs}.
     */
    static ChargeLookBack of(LocalDate periodStart, BillingReference.Data data, PeriodCosts costs, List<Long> inputs,
                             ReleasedCharges releasedCharges, ReferenceChanges referenceChanges, ReturnVisits visits,
                             Map<String, Set<Long>> invoiceFiles) {
        LocalDate from = LookBackWindow.start(periodStart);
        ChargeLookBack lookBack = new ChargeLookBack(releasedCharges.billedWeeks(from, periodStart));
        Map<LocalDate, String> lastValuedBy = releasedCharges.lastValuedBy(from, periodStart);
        Map<String, Changes> changes = new HashMap<>();
        Map<String, Set<Long>> valuedFrom = new HashMap<>();
        Map<Changes, Set<String>> touchedClients = new IdentityHashMap<>();
        for (LocalDate week : lookBack.billed.keySet()) {
            String by = lastValuedBy.get(week);
            Changes since = changes.computeIfAbsent(by, run -> referenceChanges.since(run, Valuations.SNAPSHOTS));
            Set<Long> seen = valuedFrom.computeIfAbsent(by, referenceChanges::inputsOf);
            if (since.everything()) {
                lookBack.wholeWeeks.add(week);
            }
            Set<String> touched = since.everything() ? Set.of()
                    : touchedClients.computeIfAbsent(since, c -> c.scheduledClients(data.facts()));
            // A client-week adds up every provider's care: a client of a return rated whole (taken in since)
            // or of a new invoice has all its costs of the week worked out again, like a touched one.
            List<ReturnFile> returns = visits.returnsOf(week);
            Map<ReturnFile, List<Visit>> whole = new HashMap<>();
            Set<String> affected = new HashSet<>(touched);
            for (ReturnFile file : returns) {
                inputs.add(file.id());
                if (since.everything() || !seen.contains(file.id())) {
                    List<Visit> lines = visits.of(file);
                    whole.put(file, lines);
                    lines.forEach(visit -> affected.add(visit.clientId()));
                    affected.addAll(visits.clientsOfEarlier(file, seen)); // a client it no longer names
                }
            }
            affected.addAll(newInvoiceClients(week, data.invoices(), invoiceFiles, seen));
            for (ReturnFile file : returns) {
                List<Visit> lines = whole.get(file);
                if (lines == null && (!affected.isEmpty() || !since.packages().isEmpty())) {
                    lines = visits.of(file, affected, since.packages());
                }
                if (lines != null) {
                    costs.addReturn(week, data.valuation().homecare(week, lines), data.facts());
                }
            }
            costs.addScheduled(week, since.everything() ? data.valuation().chargedScheduled(week)
                    : data.valuation().chargedScheduled(week, affected));
            lookBack.clientsByWeek.put(week, affected);
        }
        Set<String> all = new HashSet<>();
        lookBack.clientsByWeek.values().forEach(all::addAll);
        if (!lookBack.wholeWeeks.isEmpty()) {
            all.addAll(releasedCharges.clients(from, periodStart));
        }
        lookBack.released = releasedCharges.released(from, periodStart, all);
        return lookBack;
    }

    /** The clients of the invoice lines of files taken in since the week was valued whose period ends in it. */
    private static Set<String> newInvoiceClients(LocalDate week, List<Invoice> invoices,
                                                 Map<String, Set<Long>> invoiceFiles, Set<Long> seen) {
        Set<String> clients = new HashSet<>();
        for (Invoice line : invoices) {
            String path = line.source().substring(0, line.source().lastIndexOf(':'));
            boolean seenBefore = invoiceFiles.getOrDefault(path, Set.of()).stream().anyMatch(seen::contains);
            if (!seenBefore && week.equals(line.periodEnd().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))) {
                clients.add(line.clientId());
            }
        }
        return clients;
    }

    /** The weeks of the window, with the released billing run that billed each. */
    SortedMap<LocalDate, String> billed() {
        return billed;
    }

    /** Whether the client's week may be worth something else today: the others are not corrected. */
    boolean covers(String clientId, LocalDate week) {
        return wholeWeeks.contains(week) || clientsByWeek.getOrDefault(week, Set.of()).contains(clientId);
    }

    /** The clients with a week to look at again: those it may have changed, and those with released lines of them. */
    Set<String> clients() {
        Set<String> clients = new HashSet<>(released.keySet());
        clientsByWeek.values().forEach(clients::addAll);
        return clients;
    }

    Map<LocalDate, ReleasedWeek> released(String clientId) {
        return released.getOrDefault(clientId, Map.of());
    }
}
