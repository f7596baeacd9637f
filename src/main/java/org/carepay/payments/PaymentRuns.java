package org.carepay.payments;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.carepay.CarepayProperties;
import org.carepay.Setting;
import org.carepay.SettingException;
import org.carepay.ledger.RunSeals;
import org.carepay.reference.Valuations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of payment and billing runs (operations.md "Runs"), each step one transaction that checks
 * the run's state first: a released week or period is never proposed again, an approval is never by the person
 * who started the run, by an approver named in configuration, and a released run never changes. Beside
 * each name given, the operating-system account that typed the command is recorded.
 */
@Repository
public class PaymentRuns {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentRuns.class);

    private static final RowMapper<PaymentRun> RUN = (rs, i) -> new PaymentRun(rs.getString("run_id"),
            RunKind.valueOf(rs.getString("kind")), rs.getObject("week_start", LocalDate.class), rs.getInt("attempt"),
            RunStatus.valueOf(rs.getString("status")), rs.getString("started_by"),
            rs.getObject("proposed_on", LocalDate.class), rs.getString("approved_by"));

    /**
     * Rating reads the released ledger, release adds to it: a run's rating holds this lock shared, a release
     * exclusively, so that a run rated while another is released is rated before that release (and is stale).
     */
    private static final String LEDGER_LOCK = "hashtext('carepay.ledger')";

    /** The operating-system account this command runs as. */
    private static final String OS_ACCOUNT = System.getProperty("user.name");

    private final JdbcTemplate jdbc;
    private final RunSeals seals;
    private final Valuations valuations;
    private final List<String> approvers;

    public PaymentRuns(JdbcTemplate jdbc, RunSeals seals, Valuations valuations, CarepayProperties properties) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.valuations = valuations;
        this.approvers = properties.approvers();
    }

    /**
     * Starts a new proposal of the week: the next attempt, PROPOSING until its job has written its files. A
     * proposal whose job never finished is superseded now; one that was written (or approved, and can no longer
     * be released) stays for review until the new one is written ({@link #proposed}), so that a new proposal that
     * fails leaves the week with the one the finance team had.
     */
    @Transactional
    public PaymentRun propose(RunKind kind, LocalDate weekStart, String by, LocalDate today) throws RunRefused {
        lockWeek(kind, weekStart);
        List<PaymentRun> runs = jdbc.query("select * from payment_run where kind = ? and week_start = ?"
                + " order by attempt", RUN, kind.name(), weekStart);
        for (PaymentRun run : runs) {
            if (run.status() == RunStatus.RELEASED) {
                throw new RunRefused(kind.span() + " " + weekStart + " was released in " + run.runId()
                        + "; what changes later flows into later runs (R7)");
            }
            if (run.status() == RunStatus.APPROVED && releasedSince(run.runId()).isEmpty()) {
                throw new RunRefused(run.runId() + " is approved; release it (carepay release run=" + run.runId()
                        + ") before the " + kind.span() + " can change");
            }
        }
        int attempt = runs.size() + 1;
        supersede(kind, weekStart, attempt, "'PROPOSING'");
        PaymentRun run = new PaymentRun(PaymentRun.idOf(kind, weekStart, attempt), kind, weekStart, attempt,
                RunStatus.PROPOSING, by, today, null);
        jdbc.update("insert into payment_run (run_id, kind, week_start, attempt, status, started_by, proposed_on,"
                + " started_os, proposed_at) values (?, ?, ?, ?, 'PROPOSING', ?, ?, ?, now())", run.runId(), kind.name(),
                weekStart, attempt, by, today, OS_ACCOUNT);
        LOG.info("run {} proposed by {} (account {})", run.runId(), by, OS_ACCOUNT);
        return run;
    }

    /**
     * The week's or period's proposal that a new one would only repeat: PROPOSED, with no file taken in, no run
     * released and no policy value changed since it was proposed.
     */
    public Optional<PaymentRun> standing(RunKind kind, LocalDate weekStart) {
        return jdbc.query("""
                select * from payment_run r where kind = ? and week_start = ? and status = 'PROPOSED'
                  and not exists (select 1 from inbox_file f where f.taken_in_at > r.proposed_at)
                  and not exists (select 1 from payment_run o where o.released_at > r.proposed_at)""",
                RUN, kind.name(), weekStart).stream()
                .filter(run -> policyValues(run.runId()).equals(valuations.policyValues())).findFirst();
    }

    /** The week's or period's newest proposal, if it is still PROPOSING. */
    public Optional<PaymentRun> proposing(RunKind kind, LocalDate weekStart) {
        return jdbc.query("select * from payment_run where kind = ? and week_start = ? order by attempt desc limit 1",
                RUN, kind.name(), weekStart).stream().filter(run -> run.status() == RunStatus.PROPOSING).findFirst();
    }

    public Optional<PaymentRun> find(String runId) {
        return jdbc.query("select * from payment_run where run_id = ?", RUN, runId).stream().findFirst();
    }

    public PaymentRun get(String runId) throws RunRefused {
        return find(runId).orElseThrow(() -> new RunRefused("there is no run " + runId, true));
    }

    /**
     * The job has written the run's files: it is ready for review, and replaces the week's earlier proposal
     * (or approved run that can no longer be released), whose claims pass to it ({@link RunClaims}). Called in
     * the transaction of the job's last step.
     */
    public void proposed(String runId) throws IOException, RunRefused {
        PaymentRun run = get(runId);
        lockWeek(run.kind(), run.weekStart());
        LifecycleFile.write(seals.folder(runId), lifecycle(runId));
        supersede(run.kind(), run.weekStart(), run.attempt(), "'PROPOSED', 'APPROVED'");
        jdbc.update("update run_claim set live = true where run_id = ? and not live", runId);
        jdbc.update("update payment_run set status = 'PROPOSED' where run_id = ? and status = 'PROPOSING'", runId);
    }

    /** Proposals and approvals of a week take turns: a run's status changes under this lock. */
    private void lockWeek(RunKind kind, LocalDate weekStart) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('carepay.run.' || ? || ?))", kind.name(),
                weekStart.toString());
    }

    /** The week's attempts before {@code attempt} in the given statuses become SUPERSEDED; what they claimed, free. */
    private void supersede(RunKind kind, LocalDate weekStart, int attempt, String statuses) {
        jdbc.update("""
                with superseded as (update payment_run set status = 'SUPERSEDED' where kind = ? and week_start = ?
                                    and attempt < ? and status in (%s) returning run_id)
                update run_claim set live = false where live and run_id in (select run_id from superseded)"""
                .formatted(statuses), kind.name(), weekStart, attempt);
    }

    /**
     * Records the approval and writes lifecycle.csv before it commits, so that a release (which needs the
     * approval committed) always writes the file after it.
     */
    @Transactional(rollbackFor = {RunRefused.class, IOException.class})
    public PaymentRun approve(String runId, String by) throws RunRefused, IOException {
        PaymentRun named = get(runId);
        lockWeek(named.kind(), named.weekStart());
        PaymentRun run = get(runId); // as it stands under the lock
        if (run.status() != RunStatus.PROPOSED) {
            throw new RunRefused(runId + " is " + run.status() + "; only a PROPOSED run can be approved");
        }
        Optional<PaymentRun> newer = proposing(run.kind(), run.weekStart()).filter(p -> p.attempt() > run.attempt());
        if (newer.isPresent()) {
            throw new RunRefused(runId + " is being replaced by " + newer.get().runId() + ", proposed since and not yet"
                    + " written; approve that one once it is (carepay status says how it stands)");
        }
        if (samePerson(run.startedBy(), by)) {
            throw new RunRefused(runId + " was started by " + run.startedBy()
                    + "; it must be approved by someone else (R8)");
        }
        if (approvers.isEmpty()) {
            throw new SettingException("no approvers are named: set " + Setting.APPROVERS.variable() + "=name,name");
        }
        if (approvers.stream().noneMatch(approver -> samePerson(approver, by))) {
            throw new RunRefused(by.strip() + " is not an approver (" + Setting.APPROVERS.variable() + ": "
                    + String.join(", ", approvers) + ")");
        }
        jdbc.update("update payment_run set status = 'APPROVED', approved_by = ?, approved_at = now(), approved_os = ?"
                + " where run_id = ?", by.strip(), OS_ACCOUNT, runId);
        LifecycleFile.write(seals.folder(runId), lifecycle(runId));
        LOG.info("run {} approved by {} (account {})", runId, by.strip(), OS_ACCOUNT);
        return get(runId);
    }

    /**
     * The run's rating step starts, with the policy values of the configuration (recorded): R7's corrections
     * are worked out against the ledger as it is now.
     */
    public void rating(String runId) {
        jdbc.queryForList("select pg_advisory_xact_lock_shared(" + LEDGER_LOCK + ")"); // until the rating commits
        jdbc.update("update payment_run set rated_at = clock_timestamp(), policy_values = ? where run_id = ?",
                Valuations.recorded(valuations.policyValues()), runId);
    }

    /** The policy values the run recorded when it was rated, by name (none for a run rated before they were). */
    public Map<String, String> policyValues(String runId) {
        String recorded = jdbc.queryForObject("select policy_values from payment_run where run_id = ?", String.class,
                runId);
        Map<String, String> values = new TreeMap<>();
        if (recorded != null) {
            recorded.lines().forEach(line -> values.put(line.substring(0, line.indexOf('=')),
                    line.substring(line.indexOf('=') + 1)));
        }
        return values;
    }

    /**
     * Checks that the run may be released; the caller writes the bank file, then {@link #released}. A run
     * rated before another run of its kind was released is refused: both worked out their corrections from
     * the same ledger, and releasing both would correct the same weeks twice (R7).
     */
    public PaymentRun releasable(String runId) throws RunRefused {
        PaymentRun run = get(runId);
        if (run.status() != RunStatus.APPROVED) {
            throw new RunRefused(runId + " is " + run.status() + "; only an APPROVED run can be released");
        }
        refuseIfStale(run);
        return run;
    }

    private void refuseIfStale(PaymentRun run) throws RunRefused {
        List<String> releasedSince = releasedSince(run.runId());
        if (!releasedSince.isEmpty()) {
            throw new RunRefused(run.runId() + " was worked out before " + releasedSince.get(0) + " was released;"
                    + " propose the " + run.kind().span() + " again (carepay " + run.kind().command() + " "
                    + run.kind().span() + "=" + run.weekStart() + ") so that its corrections count what that run paid"
                    + " (R7)");
        }
    }

    /** The runs of the run's kind released after it was rated, in the order of their release. */
    private List<String> releasedSince(String runId) {
        return jdbc.queryForList("""
                select r.run_id from payment_run r, payment_run this
                where this.run_id = ? and r.kind = this.kind and r.status = 'RELEASED' and r.released_at > this.rated_at
                order by r.released_at""", String.class, runId);
    }

    /**
     * Records the release, in one transaction with its seal: the hashes of its ledger and of the files its
     * folder holds now, chained to the release before it (docs/audit.md). Its time is when the ledger lock
     * was taken: every run rated before it is stale, every run rated after it sees it.
     */
    @Transactional(rollbackFor = {RunRefused.class, IOException.class})
    public void released(String runId) throws RunRefused, IOException {
        jdbc.queryForList("select pg_advisory_xact_lock(" + LEDGER_LOCK + ")"); // no rating meanwhile
        refuseIfStale(get(runId)); // checked again: a run of its kind may have been released since releasable()
        if (jdbc.update("update payment_run set status = 'RELEASED', released_at = clock_timestamp(), released_os = ?"
                + " where run_id = ? and status = 'APPROVED'", OS_ACCOUNT, runId) != 1) {
            throw new RunRefused(runId + " was not APPROVED when its release was recorded");
        }
        LifecycleFile.write(seals.folder(runId), lifecycle(runId));
        seals.sealReleased();
        ReleaseFile.write(seals.folder(runId), lifecycle(runId), seals.sealOf(runId), seals.sealedFiles(runId));
        LOG.info("run {} released (account {}) and sealed", runId, OS_ACCOUNT);
    }

    /** Who started, approved and released the run, and when. */
    public RunLifecycle lifecycle(String runId) {
        return jdbc.queryForObject("select * from payment_run where run_id = ?", (rs, i) -> new RunLifecycle(
                rs.getString("run_id"), rs.getString("status"),
                new RunLifecycle.Step(rs.getObject("proposed_at", OffsetDateTime.class), rs.getString("started_by"),
                        rs.getString("started_os")),
                new RunLifecycle.Step(rs.getObject("approved_at", OffsetDateTime.class), rs.getString("approved_by"),
                        rs.getString("approved_os")),
                new RunLifecycle.Step(rs.getObject("released_at", OffsetDateTime.class), null,
                        rs.getString("released_os"))), runId);
    }

    /** R5's comparison of names, used for approvals too: ignoring case and surrounding white space. */
    static boolean samePerson(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
