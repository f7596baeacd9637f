package org.carepay.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The findings of an audit, check by check, under its job instance (a restart carries on with the same). */
@Repository
public class AuditFindings {

    private final JdbcTemplate jdbc;

    public AuditFindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The check's findings, in place of what an earlier attempt of it found. */
    @Transactional
    public void record(long audit, String check, List<Finding> findings) {
        jdbc.update("delete from audit_finding where job_instance_id = ? and check_name = ?", audit, check);
        int seq = 0;
        for (Finding finding : findings) {
            jdbc.update("insert into audit_finding (job_instance_id, check_name, seq, status, run_id, file, detail)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", audit, check, ++seq, finding.status().name(), finding.runId(),
                    finding.file(), finding.detail());
        }
    }

    /** What the audit found, check by check in the order given, each in the order it was found. */
    public List<Finding> of(long audit, List<String> checks) {
        return jdbc.query("""
                select * from audit_finding where job_instance_id = ?
                order by array_position(?, check_name), seq""", (rs, i) -> new Finding(rs.getString("check_name"),
                Finding.Status.valueOf(rs.getString("status")), rs.getString("run_id"), rs.getString("file"),
                rs.getString("detail")), audit, checks.toArray(String[]::new));
    }
}
