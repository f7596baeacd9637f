package org.carepay.audit;

import java.time.LocalDate;
import java.util.List;

import org.carepay.CarepayProperties;
import org.carepay.payments.RunKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The released runs, in the order of their release. */
@Repository
class AuditedRuns {

    private final JdbcTemplate jdbc;
    private final CarepayProperties properties;

    AuditedRuns(JdbcTemplate jdbc, CarepayProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    List<AuditedRun> released() {
        return jdbc.query("""
                select run_id, kind, week_start, attempt from payment_run where status = 'RELEASED'
                order by released_at, run_id""", (rs, i) -> {
            RunKind kind = RunKind.valueOf(rs.getString("kind"));
            String runId = rs.getString("run_id");
            return new AuditedRun(runId, kind, rs.getObject("week_start", LocalDate.class), rs.getInt("attempt"),
                    kind.folder(properties.out(), runId));
        });
    }
}
