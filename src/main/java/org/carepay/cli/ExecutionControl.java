package org.carepay.cli;

import java.time.Duration;
import java.time.LocalDateTime;

import org.carepay.cli.CommandRunner.Refusal;
import org.carepay.db.DatabaseOwnership;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/** {@code carepay restart} and {@code carepay stop}: an operator's hands on an execution that did not finish. */
@Component
class ExecutionControl {

    /** A stop asked for and unanswered this long means the execution's process is gone. */
    static final Duration GONE_AFTER = Duration.ofMinutes(10);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final DatabaseOwnership ownership;
    private final ExecutionReport report;
    private final Terminal terminal;

    ExecutionControl(JobOperator jobOperator, JobRepository jobRepository, DatabaseOwnership ownership,
                     ExecutionReport report, Terminal terminal) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ownership = ownership;
        this.report = report;
        this.terminal = terminal;
    }

    ExitCode restart(long executionId) throws Refusal {
        JobExecution execution = existing(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new Refusal(ExitCode.REFUSED, "execution " + executionId + " " + execution.getStatus()
                    .name().toLowerCase() + "; there is nothing to restart");
        }
        refuseIfCarriedOn(execution);
        if (execution.getStatus().isRunning()) {
            if (!ownership.exclusive() && !stoppedLongAgo(execution)) {
                throw new Refusal(ExitCode.REFUSED, "execution " + executionId + " may still be running; stop it"
                        + " with: carepay stop execution=" + executionId + ", then restart it once it is STOPPED (or,"
                        + " if its process is gone, " + GONE_AFTER.toMinutes() + " minutes after the stop)");
            }
            // Its process is gone: this command owns the embedded database, or the stop was long unanswered.
            execution = jobOperator.recover(execution);
        } else {
            settleUnrecordedEnds(execution);
        }
        terminal.say("restart: execution " + executionId + " (" + execution.getJobInstance().getJobName() + ")");
        JobExecution restarted;
        try {
            restarted = jobOperator.restart(execution);
        } catch (JobRestartException e) {
            throw new Refusal(ExitCode.REFUSED, "execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
        return report.print(restarted);
    }

    /**
     * An execution that ended, but whose database died before the end of a step was recorded (found by
     * scripts/crash-test): the step is left running, or UNKNOWN when Spring Batch could not record it or could not
     * tell whether its last commit held. Spring Batch refuses to restart either, as in general nobody can tell what
     * such a step's last transaction did. In Carepay the repository can tell: every step records its progress in
     * the transaction that writes its work, and rewrites its files whole when it runs again. So what the
     * repository holds for the step is what the database kept of its work, and the step is carried on from there,
     * marked FAILED first.
     */
    private void settleUnrecordedEnds(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setEndTime(LocalDateTime.now());
                jobRepository.update(step);
            }
        }
        if (execution.getStatus() == BatchStatus.UNKNOWN) {
            execution.setStatus(BatchStatus.FAILED);
            jobRepository.update(execution);
        }
    }

    /** An execution that a later one of its job instance carried on: that one is finished, or is the one to restart. */
    private void refuseIfCarriedOn(JobExecution execution) throws Refusal {
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (last == null || last.getId() == execution.getId()) {
            return;
        }
        throw new Refusal(ExitCode.REFUSED, last.getStatus() == BatchStatus.COMPLETED
                ? "execution " + execution.getId() + " was carried on and finished by execution " + last.getId()
                + "; there is nothing to restart"
                : "execution " + execution.getId() + " was carried on by execution " + last.getId() + " ("
                + last.getStatus() + "); restart that one: carepay restart execution=" + last.getId());
    }

    ExitCode stop(long executionId) throws Refusal {
        JobExecution execution = existing(executionId);
        if (!execution.getStatus().isRunning()) {
            throw new Refusal(ExitCode.REFUSED, "execution " + executionId + " is not running (it is "
                    + execution.getStatus() + ")");
        }
        try {
            jobOperator.stop(execution);
        } catch (JobExecutionNotRunningException e) {
            throw new Refusal(ExitCode.REFUSED, "execution " + executionId + " cannot be stopped: " + e.getMessage());
        }
        terminal.say("stop: execution " + executionId + " will stop after its current chunk; restart it with:"
                + " carepay restart execution=" + executionId);
        return ExitCode.DONE;
    }

    private static boolean stoppedLongAgo(JobExecution execution) {
        LocalDateTime updated = execution.getLastUpdated();
        return execution.getStatus() == BatchStatus.STOPPING && updated != null
                && updated.plus(GONE_AFTER).isBefore(LocalDateTime.now());
    }

    private JobExecution existing(long executionId) throws Refusal {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            execution = null; // the JDBC repository of Batch 6.0 throws where its contract says null
        }
        if (execution == null) {
            throw new Refusal(ExitCode.BAD_COMMAND, "there is no execution " + executionId);
        }
        return execution;
    }
}
