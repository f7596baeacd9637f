package org.carepay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.carepay.CarepayProperties;
import org.carepay.billing.BillingRelease;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRunConfiguration;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunKind;
import org.carepay.payments.RunRefused;
import org.carepay.payments.RunRelease;
import org.carepay.rules.BillingPeriod;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The run commands: propose (homecare-run, scheduled-run, billing-run), approve and release (operations.md
 * "Runs").
 */
@Component
class RunCommands {

    private final PaymentRuns runs;
    private final RunRelease release;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job homecareRunJob;
    private final Job scheduledRunJob;
    private final Job billingRunJob;
    private final BillingRelease billingRelease;
    private final ExecutionReport report;
    private final Terminal terminal;
    private final CarepayProperties properties;
    private final Clock clock = Clock.systemDefaultZone();

    RunCommands(PaymentRuns runs, RunRelease release, JobOperator jobOperator, JobRepository jobRepository,
                Job homecareRunJob,
                Job scheduledRunJob, Job billingRunJob, BillingRelease billingRelease, ExecutionReport report,
                Terminal terminal, CarepayProperties properties) {
        this.runs = runs;
        this.release = release;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.homecareRunJob = homecareRunJob;
        this.scheduledRunJob = scheduledRunJob;
        this.billingRunJob = billingRunJob;
        this.billingRelease = billingRelease;
        this.report = report;
        this.terminal = terminal;
        this.properties = properties;
    }

    ExitCode homecareRun(LocalDate week, String by, boolean force) throws CommandRunner.Refusal {
        return propose(CommandName.HOMECARE_RUN, RunKind.HOMECARE, week, by, force, homecareRunJob);
    }

    ExitCode scheduledRun(LocalDate week, String by, boolean force) throws CommandRunner.Refusal {
        return propose(CommandName.SCHEDULED_RUN, RunKind.SCHEDULED, week, by, force, scheduledRunJob);
    }

    /** A period off the 28-day grid is a bad command (exit 2), refused before anything is written. */
    ExitCode billingRun(LocalDate periodStart, String by, boolean force) throws CommandRunner.Refusal {
        LocalDate anchor = properties.billing().anchor();
        if (BillingPeriod.startingOn(periodStart, anchor).isEmpty()) {
            LocalDate before = BillingPeriod.containing(periodStart, anchor).start();
            throw new CommandRunner.Refusal(ExitCode.BAD_COMMAND, "period=" + periodStart + " does not start a"
                    + " billing period (every 28 days from " + anchor + "): the nearest start " + before + " or "
                    + before.plusDays(BillingPeriod.DAYS));
        }
        return propose(CommandName.BILLING_RUN, RunKind.BILLING, periodStart, by, force, billingRunJob);
    }

    /** Where a run's files are. */
    Path folder(String runId) throws CommandRunner.Refusal {
        return folder(refusable(() -> runs.get(runId)));
    }

    private Path folder(PaymentRun run) {
        return run.kind().folder(properties.out(), run.runId());
    }

    /**
     * Records the proposal (superseding an earlier one of the week or period), then runs its job; or carries on
     * the same person's proposal whose job never started (its command was killed in between), as if it had.
     */
    private ExitCode propose(CommandName command, RunKind kind, LocalDate start, String by, boolean force, Job job)
            throws CommandRunner.Refusal {
        if (!force) {
            refuseIfStanding(kind, start);
        }
        Optional<PaymentRun> unstarted = runs.proposing(kind, start)
                .filter(run -> run.startedBy().equals(by) && neverStarted(job, run));
        PaymentRun run = unstarted.isPresent() ? unstarted.get()
                : refusable(() -> runs.propose(kind, start, by, LocalDate.now(clock)));
        terminal.say(command.word() + ": " + (unstarted.isPresent() ? "carrying on " + run.runId() + ", proposed"
                + " before and never started" : "proposing " + run.runId()) + " (started by " + by + ")");
        JobExecution execution;
        try {
            execution = jobOperator.start(job, parameters(run));
        } catch (JobExecutionException e) {
            throw new CommandRunner.Refusal(ExitCode.FAILED, run.runId() + " could not start: " + e.getMessage());
        }
        return report.print(execution);
    }

    /**
     * Whether no execution of the run's job was ever created: its command died first. A job instance left with no
     * execution (the command died between the two, or its database did: found by scripts/crash-test) holds no
     * state and would refuse the job's start, so it is removed.
     */
    private boolean neverStarted(Job job, PaymentRun run) {
        JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters(run));
        if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
            jobRepository.deleteJobInstance(instance);
            return true;
        }
        return instance == null;
    }

    /** A new proposal of a week whose proposal stands (nothing new since) would only repeat it. */
    private void refuseIfStanding(RunKind kind, LocalDate start) throws CommandRunner.Refusal {
        Optional<PaymentRun> standing = runs.standing(kind, start);
        if (standing.isPresent()) {
            throw new CommandRunner.Refusal(ExitCode.REFUSED, standing.get().runId() + " stands: nothing was taken in"
                    + " or released since it was proposed, so a new proposal would repeat it (force=yes proposes"
                    + " it again all the same)");
        }
    }

    private static JobParameters parameters(PaymentRun run) {
        return new JobParametersBuilder().addString(PaymentRunConfiguration.RUN_ID, run.runId()).toJobParameters();
    }

    ExitCode approve(Command command) throws CommandRunner.Refusal {
        String runId = command.parameters().get("run");
        PaymentRun run = refusable(() -> runs.approve(runId, command.parameters().get("by")));
        terminal.say("approve: " + run.runId() + " approved by " + run.approvedBy() + "; release it with: carepay"
                + " release run=" + run.runId());
        return ExitCode.DONE;
    }

    /** A payment run's release writes the bank file; a billing run's the final Debtors file. */
    ExitCode release(Command command) throws CommandRunner.Refusal {
        String runId = command.parameters().get("run");
        PaymentRun run = refusable(() -> runs.get(runId));
        if (run.kind() == RunKind.BILLING) {
            Path debtors = refusable(() -> billingRelease.release(runId));
            terminal.say("release: " + runId + " released; Debtors file " + debtors);
        } else {
            Path bankFile = refusable(() -> release.release(runId));
            terminal.say("release: " + runId + " released; bank file " + bankFile);
        }
        terminal.say("  its files: " + folder(runId));
        return ExitCode.DONE;
    }

    private interface RunStep<T> {
        T run() throws RunRefused, IOException;
    }

    /**
     * A lifecycle refusal: exit 2 for a run that does not exist, 3 for one in the wrong state; a file
     * that could not be written: exit 1, and the same command can be run again.
     */
    private static <T> T refusable(RunStep<T> step) throws CommandRunner.Refusal {
        try {
            return step.run();
        } catch (RunRefused e) {
            throw new CommandRunner.Refusal(e.unknownRun() ? ExitCode.BAD_COMMAND : ExitCode.REFUSED, e.getMessage());
        } catch (IOException e) {
            throw new CommandRunner.Refusal(ExitCode.FAILED, "a file could not be written: " + e.getMessage()
                    + "; run the command again");
        }
    }
}
