package org.carepay.cli;

import org.carepay.db.DatabaseOwnership;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunLifecycle;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code carepay status}: the recent job executions, their steps, what failed and why, and the runs. */
@Component
class StatusReport {

    private static final int RECENT = 10;

    private final JdbcTemplate jdbc;
    private final Terminal terminal;
    private final PaymentRuns runs;
    private final RunDigests runDigests;
    private final DatabaseOwnership ownership;

    StatusReport(JdbcTemplate jdbc, Terminal terminal, PaymentRuns runs, RunDigests runDigests,
                 DatabaseOwnership ownership) {
        this.jdbc = jdbc;
        this.terminal = terminal;
        this.runs = runs;
        this.runDigests = runDigests;
        this.ownership = ownership;
    }

    ExitCode print(String run) throws CommandRunner.Refusal {
        if (run != null) {
            if (runs.find(run).isEmpty()) {
                throw new CommandRunner.Refusal(ExitCode.BAD_COMMAND, "there is no run " + run);
            }
            runDigests.lines(run).forEach(terminal::say);
            printLifecycle(runs.lifecycle(run));
            return ExitCode.DONE;
        }
        printRuns();
        terminal.say("recent job executions (newest first):");
        jdbc.query("""
                select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message,
                       (select max(later.job_execution_id) from batch_job_execution later
                        where later.job_instance_id = e.job_instance_id) last_of_instance
                from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id
                order by e.job_execution_id desc limit ?""", rs -> {
            long id = rs.getLong("job_execution_id");
            terminal.say(String.format("  %-6d %-14s %-10s started %s, ended %s", id, rs.getString("job_name"),
                    rs.getString("status"), rs.getTimestamp("start_time"), rs.getTimestamp("end_time")));
            printSteps(id);
            whatNext(id, BatchStatus.valueOf(rs.getString("status")), rs.getString("exit_message"),
                    rs.getLong("last_of_instance"));
        }, RECENT);
        return ExitCode.DONE;
    }

    /** What the operator does about an execution: nothing, or restart it (or the one that carried it on). */
    private void whatNext(long id, BatchStatus status, String exit, long lastOfInstance) {
        if (lastOfInstance != id) {
            terminal.say("         carried on by execution " + lastOfInstance);
        } else if (status.isRunning()) { // STARTING too: killed at once
            if (ownership.exclusive()) {
                terminal.say("         its process is gone (killed?): carry on with: carepay restart execution=" + id);
            }
        } else if (status == BatchStatus.UNKNOWN) {
            terminal.say("         its end was not recorded (its database died?): carry on with: carepay restart"
                    + " execution=" + id);
        } else if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            if (exit != null && !exit.isBlank()) {
                terminal.say("         why: " + exit.lines().findFirst().orElse(""));
            }
            // A recovered execution (its process was killed) has no message; it is restarted all the same.
            terminal.say("         restart with: carepay restart execution=" + id);
        }
    }

    private void printRuns() {
        terminal.say("payment runs (newest first):");
        jdbc.query("""
                select run_id, status, started_by, coalesce(approved_by, '-') approved_by from payment_run
                order by proposed_on desc, run_id desc limit ?""", rs -> {
            terminal.say(String.format("  %-20s %-11s started by %s, approved by %s", rs.getString("run_id"),
                    rs.getString("status"), rs.getString("started_by"), rs.getString("approved_by")));
        }, RECENT);
    }

    /** Who did what and when: the name given, and the operating-system account that typed the command. */
    private void printLifecycle(RunLifecycle lifecycle) {
        step("proposed", lifecycle.proposed());
        step("approved", lifecycle.approved());
        step("released", lifecycle.released());
        jdbc.query("select seal_no, seal_sha256 from run_seal where run_id = ?", rs -> {
            terminal.say("  sealed:     seal " + rs.getLong(1) + ", SHA-256 " + rs.getString(2) + " (carepay audit checks it)");
        }, lifecycle.runId());
    }

    private void step(String name, RunLifecycle.Step step) {
        if (step.happened()) {
            terminal.say(String.format("  %-11s %s%s (account %s)", name + ":", step.at() == null ? "" : step.at()
                    .toInstant(), step.name() == null ? "" : " by " + step.name(), step.osAccount()));
        }
    }

    private void printSteps(long executionId) {
        jdbc.query("""
                select step_name, status, read_count, write_count, commit_count from batch_step_execution
                where job_execution_id = ? order by step_execution_id""", rs -> {
            terminal.say(String.format("         %-22s %-10s read %d, written %d, commits %d",
                    rs.getString("step_name"), rs.getString("status"), rs.getLong("read_count"),
                    rs.getLong("write_count"), rs.getLong("commit_count")));
        }, executionId);
    }
}
