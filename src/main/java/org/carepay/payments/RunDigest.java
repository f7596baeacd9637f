package org.carepay.payments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carepay.CarepayProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A proposed run in a few lines for the operator's terminal. */
@Component
public class RunDigest {

    private final JdbcTemplate jdbc;
    private final CarepayProperties properties;

    public RunDigest(JdbcTemplate jdbc, CarepayProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public List<String> lines(String runId) {
        List<String> lines = new ArrayList<>();
        String status = jdbc.queryForObject("select status from payment_run where run_id = ?", String.class, runId);
        lines.add(runId + ": " + status);
        lines.add("  paid:       " + jdbc.queryForObject("""
                select coalesce(sum(lines), 0) || ' line(s), ' || coalesce(sum(total), 0) || ' to '
                       || count(*) filter (where total > 0) || ' provider(s)'
                from (select provider_id, count(*) lines, sum(amount) total from payment_line where run_id = ?
                      group by provider_id) p""", String.class, runId));
        // R7: what the run corrects of released weeks, and whom it pays nothing until a recovery is settled
        jdbc.query("""
                select count(*) filter (where line_type = 'ADJUSTMENT'),
                       coalesce(sum(amount) filter (where line_type = 'ADJUSTMENT'), 0),
                       string_agg(provider_id, ', ' order by provider_id) filter (where line_type = 'CARRIED_RECOVERY'
                                                                                  and source_path = run_id)
                from payment_line where run_id = ? and line_type in ('ADJUSTMENT', 'CARRIED_RECOVERY')
                having count(*) > 0""", rs -> {
            lines.add("  corrections: " + rs.getInt(1) + " adjustment(s) of released weeks, " + rs.getBigDecimal(2)
                    + (rs.getString(3) == null ? "" : "; recovery carried to the next run for " + rs.getString(3)));
        }, runId);
        lines.add("  exceptions: " + jdbc.queryForObject("""
                select coalesce(string_agg(code || ' ' || n, ', ' order by code), 'none') from (
                  select code, count(*) n from run_exception where run_id = ? group by code) c""",
                String.class, runId));
        Path folder = RunFiles.folder(properties.out(), runId);
        lines.add("  files:      " + folder + (RunStatus.valueOf(status) == RunStatus.PROPOSED
                ? " (review qa-report.html, then: carepay approve run=" + runId + " by=NAME)" : ""));
        return lines;
    }
}
