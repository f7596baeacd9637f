package org.carepay.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carepay.rules.CarePackage;
import org.carepay.rules.ContributionHistory;
import org.carepay.rules.HomecarePolicy;
import org.carepay.rules.Invoice;
import org.carepay.rules.InvoiceChecker;
import org.carepay.rules.RatedReturn;
import org.carepay.rules.ScheduledPayment;
import org.carepay.rules.ScheduledPolicy;
import org.carepay.rules.Visit;

/**
 * The one walk of a week through the rules, with the facts and policy values a run read: R2 for a provider
 * return, R3 for the PLANNED packages, as payments (NET of a client's contribution) or as R6's gross costs.
 * It writes nothing and keeps nothing between calls.
 */
public final class WeekValuation {

    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final Comparator<CarePackage> STARTED_FIRST = Comparator.comparing(CarePackage::startDate)
            .thenComparing(CarePackage::packageId);

    private final ReferenceFacts facts;
    private final HomecarePolicy homecarePolicy;
    private final ScheduledPolicy scheduledPolicy;

    public WeekValuation(ReferenceFacts facts, HomecarePolicy homecarePolicy, ScheduledPolicy scheduledPolicy) {
        this.facts = facts;
        this.homecarePolicy = homecarePolicy;
        this.scheduledPolicy = scheduledPolicy;
    }

    public ReferenceFacts facts() {
        return facts;
    }

    /** R2 for one provider return of the week: every line checked in record order, then the weekly cap. */
    public RatedReturn homecare(LocalDate week, List<Visit> visits) {
        return RatedReturn.of(week, homecarePolicy, facts.rates(), facts.clients(), facts.packages(), visits);
    }

    /**
     * R4: every invoice line taken in, checked in the ingest order (a line is a duplicate or an overlap of the
     * ones accepted before it), whatever week it is paid or charged in.
     */
    public List<CheckedInvoice> invoices(List<Invoice> lines) {
        InvoiceChecker checker = new InvoiceChecker(facts.rates());
        List<CheckedInvoice> checked = new ArrayList<>();
        for (Invoice line : lines) {
            CarePackage pkg = facts.packages().get(line.packageId());
            checked.add(new CheckedInvoice(line, pkg, checker.check(line, facts.providers().contains(line.providerId()),
                    facts.clients().get(line.clientId()), pkg)));
        }
        return checked;
    }

    /** R7's worth of a rated return: each package's visit amounts after the cap. */
    public Map<PackageWeek, BigDecimal> worth(LocalDate week, String providerId, RatedReturn rated) {
        Map<PackageWeek, BigDecimal> worth = new HashMap<>();
        for (String packageId : rated.paidByPackage().keySet()) {
            worth.put(PackageWeek.of(facts.packages().get(packageId), providerId, week), rated.amountOf(packageId));
        }
        return worth;
    }

    /**
     * R3 as the scheduled run pays it: every PLANNED package active in the week, in package_id order, a
     * NET package net of its client's contribution.
     */
    public List<ScheduledPayment> scheduled(LocalDate week) {
        return scheduled(week, facts.packages().values());
    }

    /** {@link #scheduled(LocalDate)} for these clients' packages only (R7 values again what changed). */
    public List<ScheduledPayment> scheduled(LocalDate week, Set<String> clientIds) {
        return scheduled(week, packagesOf(clientIds));
    }

    /** The clients' packages, in package_id order. */
    private List<CarePackage> packagesOf(Set<String> clientIds) {
        List<CarePackage> packages = new ArrayList<>();
        for (String clientId : clientIds) {
            packages.addAll(facts.packagesOf(clientId));
        }
        packages.sort(Comparator.comparing(CarePackage::packageId));
        return packages;
    }

    /** @param packages in package_id order, every package of each of their clients among them */
    private List<ScheduledPayment> scheduled(LocalDate week, Collection<CarePackage> packages) {
        Map<String, String> holders = netContributionHolders(week, packages);
        List<ScheduledPayment> payments = new ArrayList<>();
        for (CarePackage pkg : packages) {
            if (CarePackage.PLANNED.equals(pkg.paymentBasis())) {
                ContributionHistory contributions = pkg.packageId().equals(holders.get(pkg.clientId()))
                        ? facts.contributionsOf(pkg.clientId()) : ContributionHistory.NONE;
                scheduled(pkg, week, contributions).ifPresent(payments::add);
            }
        }
        return payments;
    }

    /**
     * R3's gross amounts of the PLANNED packages charged to their clients, as R6 counts them: a NET home is
     * not charged, so no contribution is ever taken off here.
     */
    public List<ScheduledPayment> chargedScheduled(LocalDate week) {
        return chargedScheduled(week, facts.packages().values());
    }

    /** {@link #chargedScheduled(LocalDate)} for these clients' packages only (R7 values again what changed). */
    public List<ScheduledPayment> chargedScheduled(LocalDate week, Set<String> clientIds) {
        return chargedScheduled(week, packagesOf(clientIds));
    }

    private List<ScheduledPayment> chargedScheduled(LocalDate week, Collection<CarePackage> packages) {
        List<ScheduledPayment> payments = new ArrayList<>();
        for (CarePackage pkg : packages) {
            if (CarePackage.PLANNED.equals(pkg.paymentBasis()) && pkg.chargedToClient()) {
                scheduled(pkg, week, ContributionHistory.NONE).ifPresent(payments::add);
            }
        }
        return payments;
    }

    /** R7's worth of the scheduled package-weeks: the amount, 0.00 when not paid (also refused NO_RATE). */
    public static Map<PackageWeek, BigDecimal> worth(List<ScheduledPayment> payments) {
        Map<PackageWeek, BigDecimal> worth = new HashMap<>();
        for (ScheduledPayment payment : payments) {
            CarePackage pkg = payment.pkg();
            worth.put(PackageWeek.of(pkg, pkg.providerId(), payment.weekStart()),
                    payment.paid() ? payment.amount() : ZERO);
        }
        return worth;
    }

    private Optional<ScheduledPayment> scheduled(CarePackage pkg, LocalDate week, ContributionHistory contributions) {
        return ScheduledPayment.of(pkg, week, facts.facts(pkg.clientId()), facts.rates(), contributions,
                scheduledPolicy);
    }

    /**
     * R3: a client with two NET packages has the contribution taken from the one that started first
     * (then the lowest package_id); the others are paid without it.
     */
    private static Map<String, String> netContributionHolders(LocalDate week, Collection<CarePackage> packages) {
        Map<String, CarePackage> holders = new HashMap<>();
        for (CarePackage pkg : packages) {
            boolean activeInWeek = week.datesUntil(week.plusDays(7)).anyMatch(pkg::activeOn);
            if (pkg.isNet() && activeInWeek) {
                holders.merge(pkg.clientId(), pkg, (a, b) -> STARTED_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        Map<String, String> ids = new HashMap<>();
        holders.forEach((client, pkg) -> ids.put(client, pkg.packageId()));
        return ids;
    }
}
