package org.carepay.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepay.ingest.format.InboxKind;
import org.carepay.reference.Valuations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the homecare runs already worked out (issue #13: each visit valued once). A return that a live homecare
 * run (proposed, approved or released) rated with the same reference snapshots and R2 policy values is worth,
 * package by package, what that run's visit lines add up to: a billing run takes that instead of rating the
 * return's visits again.
 */
@Repository
public class RatedReturns {

    private final JdbcTemplate jdbc;

    public RatedReturns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The returns of the week rated by a live homecare run that read exactly these snapshot files and these
     * R2 policy values, by file id: the run, the latest rated where there are several.
     *
     * @param kinds     the kinds of snapshot R2 reads
     * @param snapshots the snapshot files of those kinds
     * @param policy    the homecare.* policy values as a run records them ({@link Valuations#recorded}): the
     *                  start of what it recorded, the scheduled.* values following
     */
    public Map<Long, String> ratedWith(LocalDate week, List<InboxKind> kinds, List<Long> snapshots, String policy) {
        Map<Long, String> runs = new HashMap<>();
        jdbc.query("""
                select w.file_id, r.run_id
                from payment_run r
                join run_input i on i.run_id = r.run_id
                join return_week w on w.file_id = i.file_id and w.week_start = r.week_start
                where r.kind = 'HOMECARE' and r.week_start = ? and r.status in ('PROPOSED', 'APPROVED', 'RELEASED')
                  and starts_with(r.policy_values, ?)
                  and array(select s.file_id from run_input s join inbox_file f on f.id = s.file_id
                            where s.run_id = r.run_id and f.kind = any(?) order by s.file_id) = ?
                order by r.rated_at""", rs -> {
                    runs.put(rs.getLong(1), rs.getString(2));
                }, week, policy, kinds.stream().map(InboxKind::name).toArray(String[]::new),
                snapshots.stream().sorted().toArray(Long[]::new));
        return runs;
    }

    /**
     * Each package's visit amounts in the run's rating of each return it rated, by the return's path (its lines'
     * source), packages in the order of their first line (as R2 lists them): the package-weeks' R2 amounts. One
     * query for the run's week, not one per return.
     */
    public Map<String, Map<String, BigDecimal>> packageAmounts(String runId) {
        Map<String, Map<String, BigDecimal>> amounts = new HashMap<>();
        jdbc.query("""
                select source_path, package_id, sum(amount) from payment_line
                where run_id = ? and line_type = 'VISIT'
                group by source_path, package_id order by source_path, min(source_record)""", rs -> {
                    amounts.computeIfAbsent(rs.getString(1), path -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                }, runId);
        return amounts;
    }
}
