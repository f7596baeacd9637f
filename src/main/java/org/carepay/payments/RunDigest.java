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
        lines.add(runId + ": " + jdbc.queryForObject("select status from payment_run where run_id = ?",
                String.class, runId));
        lines.add("  paid:       " + jdbc.queryForObject("""
                select count(*) || ' line(s), ' || coalesce(sum(amount), 0) || ' to '
                       || count(distinct provider_id) || ' provider(s)'
                from payment_line where run_id = ?""", String.class, runId));
        lines.add("  exceptions: " + jdbc.queryForObject("""
                select coalesce(string_agg(code || ' ' || n, ', ' order by code), 'none') from (
                  select code, count(*) n from run_exception where run_id = ? group by code) c""",
                String.class, runId));
        Path folder = RunFiles.folder(properties.out(), runId);
        lines.add("  files:      " + folder + " (review qa-report.html, then: carepay approve run=" + runId
                + " by=NAME)");
        return lines;
    }
}
