package org.carepay.accounts;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.carepay.ledger.ManagedAccounts;
import org.carepay.ledger.ManagedAccounts.Runs;
import org.carepay.output.CsvOutput;
import org.carepay.reference.CurrentReference;
import org.carepay.valuation.Sourced;
import org.carepay.rules.CarePackage;
import org.carepay.rules.Rates;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * out/accounts/DATE/accounts.csv (R9): for every ISF and DIRECT_PAYMENT package active on the date,
 * its managed account's balance on that date ({@link ManagedAccounts}: credits, the package's SCHEDULED and
 * ADJUSTMENT lines of released scheduled runs of weeks starting by then; debits, ISF spend lines or DP
 * invoices paid by released runs, dated by then), the weekly budget, the average weekly spend of the 28 days ending on the date,
 * the weeks of funding left and the flags OVERSPENT and SURPLUS.
 */
class WriteAccountsTasklet implements Tasklet {

    static final List<String> HEADER = List.of("client_id", "package_id", "account_type", "balance", "weekly_budget",
            "avg_weekly_spend_4w", "weeks_of_funding", "flag");
    private static final CsvOutput CSV = new CsvOutput(HEADER, Set.of("client_id", "package_id"));
    private static final BigDecimal FOUR_WEEKS = BigDecimal.valueOf(4);
    private static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

    private final LocalDate date;
    private final ManagedAccounts accounts;
    private final CurrentReference reference;
    private final Path out;
    private final int surplusWeeks;

    WriteAccountsTasklet(LocalDate date, ManagedAccounts accounts, CurrentReference reference, Path out,
                         int surplusWeeks) {
        this.date = date;
        this.accounts = accounts;
        this.reference = reference;
        this.out = out;
        this.surplusWeeks = surplusWeeks;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Rates rates = reference.rates();
        List<List<Object>> rows = new ArrayList<>();
        for (Sourced<CarePackage> sourced : reference.packages().values()) {
            CarePackage pkg = sourced.value();
            boolean isf = CarePackage.ISF.equals(pkg.serviceType());
            if ((isf || CarePackage.DIRECT_PAYMENT.equals(pkg.serviceType())) && pkg.activeOn(date)) {
                rows.add(row(pkg, isf, rates));
            }
        }
        rows.sort((a, b) -> (a.get(0) + "|" + a.get(1)).compareTo(b.get(0) + "|" + b.get(1)));
        CSV.write(file(out, date), rows);
        return RepeatStatus.FINISHED;
    }

    static Path file(Path out, LocalDate date) {
        return out.resolve("accounts").resolve(date.toString()).resolve("accounts.csv");
    }

    private List<Object> row(CarePackage pkg, boolean isf, Rates rates) {
        String id = pkg.packageId();
        BigDecimal balance = accounts.credits(id, Runs.RELEASED, date)
                .subtract(accounts.debits(id, isf, Runs.RELEASED, BEGINNING, date));
        BigDecimal spend4w = accounts.debits(id, isf, Runs.RELEASED, date.minusDays(27), date)
                .divide(FOUR_WEEKS, 2, RoundingMode.HALF_UP);
        BigDecimal budget = rates.rateOn(pkg, date).map(rate -> rate.multiply(pkg.plannedUnitsPerWeek()))
                .orElse(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        AccountPosition position = new AccountPosition(balance, budget, surplusWeeks);
        return Arrays.asList(pkg.clientId(), pkg.packageId(), isf ? "ISF" : "DP", balance.setScale(2).toPlainString(),
                budget.toPlainString(), spend4w.toPlainString(), position.weeksOfFunding(), position.flag());
    }

}
