package org.carepay.ledger;

import java.util.List;

import org.carepay.payments.review.InputFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the first step of a run writes besides its lines: a clean start, and the inputs it read. */
@Repository
public class RunLedger {

    private final JdbcTemplate jdbc;

    public RunLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes what an earlier attempt of the step wrote, so that a restart gives the same rows. */
    public void clear(String runId) {
        for (String table : List.of("payment_line", "charge_line", "charge_item", "run_bill", "run_cop_debt",
                "run_exception", "run_input", "run_claim")) {
            jdbc.update("delete from " + table + " where run_id = ?", runId);
        }
    }

    /**
     * Fresh statistics of the ledger tables a rating has bulk-loaded (a billing run's charges, a payment run's
     * lines): the planner of the queries that follow (the files, the next run's look-back) otherwise takes a
     * million new rows for none and nests loops over them (issue #13). A sample of each table: a few seconds at most.
     */
    public void analyze(boolean charges) {
        jdbc.execute(charges ? "analyze charge_line, charge_item, run_exception" : "analyze payment_line, run_exception");
    }

    /** The input files a run read (summary.json's inputs); one it recorded already is kept once. */
    public void recordInputs(String runId, List<Long> fileIds) {
        jdbc.batchUpdate("insert into run_input (run_id, file_id) values (?, ?) on conflict do nothing", fileIds,
                Math.max(1, fileIds.size()), (ps, id) -> {
                    ps.setString(1, runId);
                    ps.setLong(2, id);
                });
    }

    /** The ids of the input files a run read. */
    public List<Long> inputIds(String runId) {
        return jdbc.queryForList("select file_id from run_input where run_id = ? order by file_id", Long.class, runId);
    }

    /** How many provider returns are among the run's inputs. */
    public int returnInputs(String runId) {
        return jdbc.queryForObject("select count(*) from run_input i join inbox_file f on f.id = i.file_id"
                + " where i.run_id = ? and f.kind = 'RETURN'", Integer.class, runId);
    }

    /** The input files a run read, with their SHA-256, by path. */
    public List<InputFile> inputs(String runId) {
        return jdbc.query("""
                select f.path, f.sha256 from run_input i join inbox_file f on f.id = i.file_id where i.run_id = ?
                order by f.path collate "C\"""", (rs, i) -> new InputFile(rs.getString(1), rs.getString(2)), runId);
    }
}
