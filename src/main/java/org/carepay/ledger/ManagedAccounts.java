package org.carepay.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * R9's ISF and DP managed accounts, defined once: credits are the package's SCHEDULED lines and R7's
 * ADJUSTMENT lines of scheduled runs (an adjustment credits, or negative debits, the account as the payment
 * it corrects did); debits are the provider's ISF spend lines, or the DP invoices paid from the account
 * (claimed by a run).
 */
@Repository
public class ManagedAccounts {

    private static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);

    private final JdbcTemplate jdbc;

    public ManagedAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which runs count: the released ones (the monitoring report), or every live one but the run paying now and
     * the earlier proposals of its week, which it replaces once written.
     */
    public record Runs(boolean releasedOnly, String except) {

        public static final Runs RELEASED = new Runs(true, null);

        public static Runs liveExcept(String runId) {
            return new Runs(false, runId);
        }

        private String where(String alias) {
            return releasedOnly ? alias + ".status = 'RELEASED'"
                    : alias + ".status <> 'SUPERSEDED' and (" + alias + ".kind, " + alias + ".week_start) <>"
                    + " (select kind, week_start from payment_run where run_id = '" + except.replace("'", "''") + "')";
        }
    }

    /** The account's credits from the runs of weeks that started by {@code until}. */
    public BigDecimal credits(String packageId, Runs runs, LocalDate until) {
        return jdbc.queryForObject("""
                select coalesce(sum(l.amount), 0) from payment_line l join payment_run r on r.run_id = l.run_id
                where r.kind = 'SCHEDULED' and r.week_start <= ? and l.package_id = ?
                  and l.line_type in ('SCHEDULED', 'ADJUSTMENT') and""" + " " + runs.where("r"), BigDecimal.class,
                until, packageId);
    }

    /** Everything the account was debited by {@code to}: ISF spend, or DP invoices paid by the runs. */
    public BigDecimal debits(String packageId, boolean isf, Runs runs, LocalDate from, LocalDate to) {
        return isf ? isfSpend(packageId, from, to) : dpInvoicesPaid(packageId, runs, from, to);
    }

    /** The DP invoices paid from the account dated from {@code from} to {@code to}. */
    public BigDecimal dpInvoicesPaid(String packageId, Runs runs, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("""
                select coalesce(sum(d.amount), 0) from run_claim c join payment_run r on r.run_id = c.run_id
                join dp_invoice d on c.claim_type = 'DP_INVOICE' and c.item = d.dp_invoice_id
                join inbox_file f on f.id = d.file_id and f.status = 'TAKEN_IN'
                where c.live and d.package_id = ? and d.invoice_date between ? and ? and""" + " " + runs.where("r"),
                BigDecimal.class, packageId, from, to);
    }

    /** The ISF spend lines of the account dated from {@code from} to {@code to}. */
    public BigDecimal isfSpend(String packageId, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("""
                select coalesce(sum(s.amount), 0) from isf_spend s join inbox_file f on f.id = s.file_id
                where f.status = 'TAKEN_IN' and s.package_id = ? and s.spend_date between ? and ?""",
                BigDecimal.class, packageId, from, to);
    }

    /** A DP account's balance for paying its invoices: every credit and payment of the live runs but this one. */
    public BigDecimal dpBalanceBefore(String runId, String packageId) {
        Runs live = Runs.liveExcept(runId);
        return credits(packageId, live, END).subtract(dpInvoicesPaid(packageId, live, BEGINNING, END));
    }
}
