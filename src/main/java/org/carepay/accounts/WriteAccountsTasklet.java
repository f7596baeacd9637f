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

import org.carepay.output.CsvOutput;
import org.carepay.reference.CurrentReference;
import org.carepay.valuation.Sourced;
import org.carepay.rules.CarePackage;
import org.carepay.rules.Rates;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * out/accounts/DATE/accounts.csv (R9): for every ISF and DIRECT_PAYMENT package active on the date,
 * its managed account's balance on that date (credits: the package's SCHEDULED lines of released
 * scheduled runs of weeks starting by then; debits: ISF spend lines, or DP invoices paid by released
 * runs, dated by then), the weekly budget, the average weekly spend of the 28 days ending on the date,
 * the weeks of funding left and the flags OVERSPENT and SURPLUS.
 */
class WriteAccountsTasklet implements Tasklet {

    static final List<String> HEADER = List.of("client_id", "package_id", "account_type", "balance", "weekly_budget",
            "avg_weekly_spend_4w", "weeks_of_funding", "flag");
    private static final CsvOutput CSV = new CsvOutput(HEADER, Set.of("client_id", "package_id"));
    private static final BigDecimal FOUR_WEEKS = BigDecimal.valueOf(4);
    private static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

    private final LocalDate date;
    private final JdbcTemplate jdbc;
    private final CurrentReference reference;
    private final Path out;
    private final int surplusWeeks;

    WriteAccountsTasklet(LocalDate date, JdbcTemplate jdbc, CurrentReference reference, Path out, int surplusWeeks) {
        this.date = date;
        this.jdbc = jdbc;
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
        BigDecimal balance = credits(pkg).subtract(debits(pkg, isf, BEGINNING));
        BigDecimal spend4w = debits(pkg, isf, date.minusDays(27)).divide(FOUR_WEEKS, 2, RoundingMode.HALF_UP);
        BigDecimal budget = rates.rateOn(pkg, date).map(rate -> rate.multiply(pkg.plannedUnitsPerWeek()))
                .orElse(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        AccountPosition position = new AccountPosition(balance, budget, surplusWeeks);
        return Arrays.asList(pkg.clientId(), pkg.packageId(), isf ? "ISF" : "DP", balance.setScale(2).toPlainString(),
                budget.toPlainString(), spend4w.toPlainString(), position.weeksOfFunding(), position.flag());
    }

    /** The package's SCHEDULED lines in released scheduled runs of weeks that started by the date. */
    private BigDecimal credits(CarePackage pkg) {
        return jdbc.queryForObject("""
                select coalesce(sum(l.amount), 0) from payment_line l join payment_run r on r.run_id = l.run_id
                where r.kind = 'SCHEDULED' and r.status = 'RELEASED' and r.week_start <= ? and l.package_id = ?
                  and l.line_type in ('SCHEDULED', 'ADJUSTMENT')""", BigDecimal.class, date, pkg.packageId());
    }

    /** ISF spend lines, or DP invoices paid by released runs, dated from {@code from} to the date. */
    private BigDecimal debits(CarePackage pkg, boolean isf, LocalDate from) {
        if (isf) {
            return jdbc.queryForObject("""
                    select coalesce(sum(s.amount), 0) from isf_spend s join inbox_file f on f.id = s.file_id
                    where f.status = 'TAKEN_IN' and s.package_id = ? and s.spend_date between ? and ?""",
                    BigDecimal.class, pkg.packageId(), from, date);
        }
        return jdbc.queryForObject("""
                select coalesce(sum(d.amount), 0) from run_claim c join payment_run r on r.run_id = c.run_id
                join dp_invoice d on c.claim_type = 'DP_INVOICE' and c.item = d.dp_invoice_id
                join inbox_file f on f.id = d.file_id and f.status = 'TAKEN_IN'
                where r.status = 'RELEASED' and d.package_id = ? and d.invoice_date between ? and ?""",
                BigDecimal.class, pkg.packageId(), from, date);
    }
}
