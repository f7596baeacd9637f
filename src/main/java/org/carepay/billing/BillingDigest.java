package org.carepay.billing;

import java.util.List;

import org.carepay.CarepayProperties;
import org.carepay.payments.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A proposed billing run in a few lines for the operator's terminal. */
@Component
public class BillingDigest {

    private final JdbcTemplate jdbc;
    private final CarepayProperties properties;

    BillingDigest(JdbcTemplate jdbc, CarepayProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public List<String> lines(String runId) {
        String status = jdbc.queryForObject("select status from payment_run where run_id = ?", String.class, runId);
        return List.of(runId + ": " + status,
                "  charged:    " + jdbc.queryForObject("""
                        select count(*) || ' line(s) for ' || count(distinct client_id) || ' client(s): '
                               || count(*) filter (where status = 'BILLED') || ' billed, '
                               || count(*) filter (where status = 'ACCRUED') || ' accrued, '
                               || count(*) filter (where status = 'NOT_ASSESSED') || ' not assessed'
                        from charge_line where run_id = ?""", String.class, runId),
                "  bills:      " + jdbc.queryForObject("""
                        select count(*) filter (where amount > 0) || ' to Debtors, '
                               || coalesce(sum(amount) filter (where amount > 0), 0) || '; '
                               || count(*) filter (where amount < 0) || ' refund proposal(s)'
                        from run_bill where run_id = ?""", String.class, runId),
                "  files:      " + BillingFiles.folder(properties.out(), runId) + (RunStatus.valueOf(status) == RunStatus.PROPOSED
                        ? " (review charge-lines.csv and the statements, then: carepay approve run=" + runId
                        + " by=NAME)" : ""));
    }
}
