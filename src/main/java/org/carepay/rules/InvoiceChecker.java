package org.carepay.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * R4's checks 2..12 for invoice lines, given in file order (formats.md's ingest order, then record number).
 *
 * <p>It remembers the lines it accepted, for DUPLICATE_INVOICE (check 6) and OVERLAPPING_INVOICE (check 7),
 * and starts from the lines accepted in earlier files and runs ({@link #InvoiceChecker(Rates, Collection)}).
 * A refused line is not remembered: only an accepted line makes a later one a duplicate or an overlap.
 */
public final class InvoiceChecker {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);

    private final Rates rates;
    /** package_id → the lines accepted for it so far. */
    private final Map<String, List<Invoice>> acceptedByPackage = new HashMap<>();

    public InvoiceChecker(Rates rates) {
        this(rates, List.of());
    }

    /** @param acceptedBefore the lines accepted before this file, in any order */
    public InvoiceChecker(Rates rates, Collection<Invoice> acceptedBefore) {
        this.rates = Objects.requireNonNull(rates, "rates");
        acceptedBefore.forEach(this::remember);
    }

    /**
     * Checks the next line.
     *
     * @param providerKnown whether provider_id is in providers
     * @param client        the facts of the client the line names, null when it is not in clients
     * @param pkg           the package the line names, null when it is not in packages
     */
    public InvoiceResult check(Invoice line, boolean providerKnown, ClientFacts client, CarePackage pkg) {
        if (pkg != null && !pkg.packageId().equals(line.packageId())) {
            throw new IllegalArgumentException(line.source() + " names package " + line.packageId() + ", not "
                    + pkg.packageId());
        }
        Optional<InvoiceResult> refused = refusal(line, providerKnown, client, pkg);
        if (refused.isPresent()) {
            return refused.get();
        }
        remember(line);
        return new InvoiceResult(line, null, null);
    }

    private Optional<InvoiceResult> refusal(Invoice line, boolean providerKnown, ClientFacts client,
            CarePackage pkg) {
        if (!providerKnown) {
            return refuse(line, ScheduledCode.UNKNOWN_PROVIDER, "provider_id not in providers");
        }
        if (client == null) {
            return refuse(line, ScheduledCode.UNKNOWN_CLIENT, "client_id not in clients");
        }
        if (pkg == null) {
            return refuse(line, ScheduledCode.UNKNOWN_PACKAGE, "package_id not in packages");
        }
        if (!pkg.clientId().equals(line.clientId())) {
            return refuse(line, ScheduledCode.PACKAGE_MISMATCH, "package " + pkg.packageId() + " is client "
                    + pkg.clientId() + "'s");
        }
        if (!pkg.providerId().equals(line.providerId())) {
            return refuse(line, ScheduledCode.PACKAGE_MISMATCH, "package " + pkg.packageId() + " is provider "
                    + pkg.providerId() + "'s");
        }
        if (!CarePackage.INVOICE.equals(pkg.paymentBasis())) {
            return refuse(line, ScheduledCode.PACKAGE_MISMATCH, "package " + pkg.packageId() + " is paid on "
                    + pkg.paymentBasis() + ", not INVOICE");
        }
        List<Invoice> accepted = acceptedByPackage.getOrDefault(line.packageId(), List.of());
        for (Invoice earlier : accepted) {
            if (earlier.providerId().equals(line.providerId()) && earlier.invoiceNo().equals(line.invoiceNo())
                    && earlier.periodStart().equals(line.periodStart())
                    && earlier.periodEnd().equals(line.periodEnd())) {
                return refuse(line, ScheduledCode.DUPLICATE_INVOICE, "invoice " + line.invoiceNo() + " for "
                        + period(line) + " already accepted: " + earlier.source());
            }
        }
        for (Invoice earlier : accepted) {
            if (!sameInvoice(earlier, line) && earlier.overlaps(line)) {
                return refuse(line, ScheduledCode.OVERLAPPING_INVOICE, "invoice " + earlier.invoiceNo()
                        + " already claims " + period(earlier) + ": " + earlier.source());
            }
        }
        String outside = outside(line, client, pkg);
        if (outside != null) {
            return refuse(line, ScheduledCode.OUTSIDE_PACKAGE_DATES, outside);
        }
        Optional<BigDecimal> rate = rates.rateOn(pkg, line.periodStart());
        if (rate.isEmpty()) {
            return refuse(line, ScheduledCode.NO_RATE, "no unit_rate and no framework rate for " + pkg.providerId()
                    + " " + pkg.serviceType() + " on " + line.periodStart());
        }
        if (line.unitRate().compareTo(rate.get()) != 0) {
            return refuse(line, ScheduledCode.RATE_MISMATCH, "unit_rate " + line.unitRate() + ", the rate on "
                    + line.periodStart() + " is " + rate.get());
        }
        BigDecimal expected = line.units().multiply(line.unitRate()).setScale(2, RoundingMode.HALF_UP);
        if (line.amount().compareTo(expected) != 0) {
            return refuse(line, ScheduledCode.AMOUNT_MISMATCH, "amount " + line.amount() + ", units x unit_rate = "
                    + expected);
        }
        // units > planned × days / 7, exactly: units × 7 > planned × days.
        BigDecimal days = BigDecimal.valueOf(line.days());
        if (line.units().multiply(DAYS_PER_WEEK).compareTo(pkg.plannedUnitsPerWeek().multiply(days)) > 0) {
            return refuse(line, ScheduledCode.UNITS_EXCEED_PLAN, "units " + line.units() + " over " + days
                    + " days, the plan is " + pkg.plannedUnitsPerWeek() + " a week");
        }
        return Optional.empty();
    }

    /** Check 8: a day of the period on which the package is not active or the client not alive. */
    private static String outside(Invoice line, ClientFacts client, CarePackage pkg) {
        LocalDate start = line.periodStart();
        LocalDate end = line.periodEnd();
        // Activity and life are both one unbroken range, so the two ends of the period decide.
        if (!pkg.activeOn(start) || !pkg.activeOn(end)) {
            return "package " + pkg.packageId() + " is active " + pkg.startDate() + ".."
                    + (pkg.endDate() == null ? "open" : pkg.endDate()) + ", not all of " + period(line);
        }
        if (!client.aliveOn(end)) {
            return "client died on " + client.dateOfDeath() + ", within " + period(line);
        }
        return null;
    }

    /** Another invoice: another invoice_no of the same provider (the package decides the provider). */
    private static boolean sameInvoice(Invoice a, Invoice b) {
        return a.providerId().equals(b.providerId()) && a.invoiceNo().equals(b.invoiceNo());
    }

    private void remember(Invoice line) {
        acceptedByPackage.computeIfAbsent(line.packageId(), k -> new ArrayList<>()).add(line);
    }

    private static String period(Invoice line) {
        return line.periodStart() + ".." + line.periodEnd();
    }

    private static Optional<InvoiceResult> refuse(Invoice line, ScheduledCode code, String detail) {
        return Optional.of(new InvoiceResult(line, code, new ScheduledNote(code, null, detail)));
    }
}
