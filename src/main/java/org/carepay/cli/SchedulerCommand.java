package org.carepay.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.carepay.schedule.Commands;
import org.carepay.schedule.JobFileException;
import org.carepay.schedule.Scheduler;
import org.carepay.schedule.Schedulers;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * {@code carepay scheduler}: runs until stopped, each fire carried out as the command line carries out its
 * words. SIGTERM (or Ctrl-C) stops it gracefully ({@link #stop}, from CarepayCli's hook): the job running then
 * stops after its current chunk, STOPPED and restartable, and the command ends once it has.
 */
@Component
class SchedulerCommand {

    /** How long a stop waits for the running job to reach the end of its chunk. */
    static final long STOP_WAIT_MINUTES = 10;

    private volatile Scheduler current;

    private final Schedulers schedulers;
    private final StartedExecutions started;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Terminal terminal;

    SchedulerCommand(Schedulers schedulers, StartedExecutions started, JobOperator jobOperator,
                     JobRepository jobRepository, Terminal terminal) {
        this.schedulers = schedulers;
        this.started = started;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.terminal = terminal;
    }

    ExitCode run(CommandRunner runner) throws CommandRunner.Refusal {
        Scheduler scheduler;
        try {
            scheduler = schedulers.create(commands(runner), Clock.systemUTC());
        } catch (JobFileException e) {
            throw new CommandRunner.Refusal(ExitCode.BAD_COMMAND, "a job file cannot be used: " + e.getMessage());
        } catch (IOException e) {
            throw new CommandRunner.Refusal(ExitCode.BAD_COMMAND, "the job files cannot be read: " + e.getMessage());
        }
        current = scheduler;
        terminal.say("scheduler: running the jobs of jobs/ until stopped (SIGTERM or Ctrl-C)");
        try {
            scheduler.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        terminal.say("scheduler: stopped");
        return ExitCode.DONE;
    }

    /** Stops the scheduler running in this process, if one is (SIGTERM: CarepayCli). */
    void stop() {
        Scheduler scheduler = current;
        if (scheduler != null) {
            scheduler.stop();
        }
    }

    private Commands commands(CommandRunner runner) {
        return new Commands() {
            @Override
            public int run(List<String> words) {
                started.forget();
                try {
                    return runner.run(Command.parse(words.toArray(String[]::new))).code();
                } catch (Command.UsageException e) {
                    terminal.say("carepay: " + e.getMessage());
                    return ExitCode.BAD_COMMAND.code();
                }
            }

            @Override
            public Long lastExecution() {
                JobExecution last = started.last();
                return last == null ? null : last.getId();
            }

            @Override
            public int carryOn(String jobName, Instant since) {
                started.forget();
                JobInstance instance = jobRepository.getLastJobInstance(jobName);
                JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
                if (last == null || last.getCreateTime().isBefore(LocalDateTime.ofInstant(since, ZoneId.systemDefault()))) {
                    return -1; // the scheduler died before it started the job
                }
                if (last.getStatus() == BatchStatus.COMPLETED) {
                    return 0; // it died after the job ended
                }
                if (last.isRunning()) {
                    last = jobOperator.recover(last); // its process is gone: the job's lock says so
                }
                return runner.run(Command.parse("restart", "execution=" + last.getId())).code();
            }

            @Override
            public void stopRunning() {
                JobExecution last = started.last();
                if (last != null && last.isRunning()) {
                    try {
                        // A copy from the repository, as `carepay stop` from another terminal has: stopping the
                        // running job's own objects from this thread races its updates of them (the step ends
                        // UNKNOWN, not restartable); a copy's stop is picked up at the step's next commit.
                        jobOperator.stop(jobRepository.getJobExecution(last.getId()));
                    } catch (JobExecutionNotRunningException e) {
                        // it ended meanwhile: nothing to stop
                    }
                }
            }
        };
    }
}
