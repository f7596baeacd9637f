package org.carepay.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.carepay.billing.ChargeWorth;
import org.carepay.corrections.LookBackWindow;
import org.carepay.corrections.ReleasedWeek;
import org.carepay.ingest.ReturnVisits;
import org.carepay.ledger.ReferenceChanges;
import org.carepay.ledger.ReleasedCharges;
import org.carepay.ledger.ReleasedPayments;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunKind;
import org.carepay.reference.Valuations;
import org.carepay.rules.BillingPeriod;
import org.carepay.valuation.PackageWeek;
import org.carepay.valuation.Scope;
import org.carepay.valuation.WeekValuation;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * R7's invariant: for every (provider, package, week) of the look-back of the last released payment run of
 * each kind, the released lines add up to what the week is worth under the data of the released run that
 * valued it last (its snapshots and, for homecare, the returns of the week it read); and for every (client,
 * week) of the look-back of the last released billing run, the released charges add up to its charge under
 * the data of the billing run that valued it last.
 */
@Component
@Order(4)
class LookBackCheck implements AuditCheck {

    private final ReleasedPayments released;
    private final ReferenceChanges inputs;
    private final Valuations valuations;
    private final ReturnVisits visits;
    private final ReleasedCharges charges;
    private final ChargeWorth chargeWorth;
    private final PaymentRuns runs;

    LookBackCheck(ReleasedPayments released, ReferenceChanges inputs, Valuations valuations, ReturnVisits visits,
                  ReleasedCharges charges, ChargeWorth chargeWorth, PaymentRuns runs) {
        this.released = released;
        this.inputs = inputs;
        this.valuations = valuations;
        this.visits = visits;
        this.charges = charges;
        this.chargeWorth = chargeWorth;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "r7-look-back";
    }

    @Override
    public String purpose() {
        return "R7: in the look-back of the last released run of each kind, every package-week's released lines,"
                + " and every client-week's released charges, add up to its worth under the data of the released run"
                + " that valued it last.";
    }

    @Override
    public void check(List<AuditedRun> runs, Findings findings) {
        for (RunKind kind : List.of(RunKind.HOMECARE, RunKind.SCHEDULED)) {
            lastWeek(runs, kind).ifPresent(week -> check(kind, week, findings));
        }
        lastWeek(runs, RunKind.BILLING).ifPresent(period -> checkCharges(period, findings));
    }

    /** The latest week (or period) a run of the kind released: its look-back window is the one checked. */
    private static Optional<LocalDate> lastWeek(List<AuditedRun> runs, RunKind kind) {
        return runs.stream().filter(run -> run.kind() == kind).map(AuditedRun::weekStart).max(LocalDate::compareTo);
    }

    private void checkCharges(LocalDate lastPeriod, Findings findings) {
        LocalDate from = LookBackWindow.start(lastPeriod);
        LocalDate before = lastPeriod.plusDays(BillingPeriod.DAYS);
        Map<LocalDate, String> valuedBy = charges.lastValuedBy(from, before);
        Set<String> clients = charges.clients(from, before);
        Map<String, Map<LocalDate, ReleasedWeek>> charged = charges.released(from, before, clients);
        Map<String, ChargeWorth.Data> dataOf = new HashMap<>();
        charges.billedWeeks(from, before).forEach((week, billedBy) -> {
            String by = valuedBy.get(week);
            Map<String, BigDecimal> worth = dataOf.computeIfAbsent(by, run -> chargeWorth.of(inputs.inputsOf(run),
                    runs.policyValues(run))).worth(week, clients);
            int differences = 0;
            for (Map.Entry<String, BigDecimal> client : worth.entrySet()) {
                BigDecimal is = charged.getOrDefault(client.getKey(), Map.of()).getOrDefault(week, ReleasedWeek.NOTHING)
                        .charged();
                if (is.compareTo(client.getValue()) != 0) {
                    differences++;
                    findings.fail(billedBy, SealCheck.LEDGER, client.getKey() + " week " + week + ": the released"
                            + " charges add up to " + is.toPlainString() + ", its charge under the data of " + by
                            + " is " + client.getValue().toPlainString());
                }
            }
            if (differences == 0) {
                findings.pass(billedBy, SealCheck.LEDGER, "week " + week + ": the released charges of its "
                        + worth.size() + " clients add up to their charge under the data of " + by);
            }
        });
    }

    private void check(RunKind kind, LocalDate lastWeek, Findings findings) {
        LocalDate from = LookBackWindow.start(lastWeek);
        LocalDate before = lastWeek.plusDays(1);
        SortedMap<LocalDate, String> weeks = released.releasedWeeks(kind, from, before);
        Map<LocalDate, String> valuedBy = released.lastValuedBy(kind, from, before);
        Map<String, WeekValuation> valuationOf = new HashMap<>();
        weeks.forEach((week, releasedBy) -> {
            String by = valuedBy.get(week);
            Set<Long> read = inputs.inputsOf(by);
            WeekValuation valuation = valuationOf.computeIfAbsent(by, run -> valuations.asOf(read,
                    runs.policyValues(run)));
            Map<PackageWeek, BigDecimal> worth = kind == RunKind.HOMECARE ? homecare(week, valuation, read)
                    : WeekValuation.worth(valuation.scheduled(week));
            Map<PackageWeek, BigDecimal> paid = released.released(kind, week, Scope.ALL);
            int differences = 0;
            TreeSet<PackageWeek> packageWeeks = new TreeSet<>(worth.keySet());
            packageWeeks.addAll(paid.keySet());
            for (PackageWeek packageWeek : packageWeeks) {
                BigDecimal shouldBe = worth.getOrDefault(packageWeek, BigDecimal.ZERO);
                BigDecimal is = paid.getOrDefault(packageWeek, BigDecimal.ZERO);
                if (shouldBe.compareTo(is) != 0) {
                    differences++;
                    findings.fail(releasedBy, SealCheck.LEDGER, packageWeek.packageId() + " (" + packageWeek.clientId()
                            + ", " + packageWeek.providerId() + ") week " + week + ": the released lines add up to "
                            + is.toPlainString() + ", its worth under the data of " + by + " is "
                            + shouldBe.toPlainString());
                }
            }
            if (differences == 0) {
                findings.pass(releasedBy, SealCheck.LEDGER, "week " + week + ": the released lines of its "
                        + packageWeeks.size() + " package-weeks add up to their worth under the data of " + by);
            }
        });
    }

    private Map<PackageWeek, BigDecimal> homecare(LocalDate week, WeekValuation valuation, Set<Long> read) {
        Map<PackageWeek, BigDecimal> worth = new HashMap<>();
        for (ReturnVisits.ReturnFile file : visits.returnsAmong(week, read)) {
            worth.putAll(valuation.worth(week, file.providerId(), valuation.homecare(week, visits.of(file))));
        }
        return worth;
    }
}
