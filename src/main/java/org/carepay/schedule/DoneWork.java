package org.carepay.schedule;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a fire finds its work already done for its parameters: a payment or billing run of the week or period
 * proposed, approved or released (by an operator, or a fire before); the accounts or the monitoring of the date
 * written. Ingest and the audit are never done: each fire has new files or new releases to look at.
 */
@Component
class DoneWork {

    private static final Map<String, String> RUN_KINDS = Map.of("homecare-run", "HOMECARE",
            "scheduled-run", "SCHEDULED", "billing-run", "BILLING");

    private final JdbcTemplate jdbc;

    DoneWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param parameters the fire's parameters, by name (week=, period=, date=) */
    boolean done(String command, Map<String, String> parameters) {
        String kind = RUN_KINDS.get(command);
        if (kind != null) {
            String start = parameters.getOrDefault("week", parameters.get("period"));
            return jdbc.queryForObject("select count(*) from payment_run where kind = ? and week_start = ?::date"
                    + " and status in ('PROPOSED', 'APPROVED', 'RELEASED')", Integer.class, kind, start) > 0;
        }
        if (command.equals("accounts") || command.equals("monitor")) { // each job is named as its command
            return jdbc.queryForObject("""
                    select count(*) from batch_job_execution e
                    join batch_job_instance i on i.job_instance_id = e.job_instance_id
                    join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                    where i.job_name = ? and e.status = 'COMPLETED' and p.parameter_name = 'date'
                      and p.parameter_value = ?""", Integer.class, command, parameters.get("date")) > 0;
        }
        return false;
    }
}
