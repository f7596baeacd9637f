package org.carepay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carepay.CarepayProperties;
import org.carepay.Setting;
import org.carepay.SettingException;
import org.carepay.audit.AuditJobConfiguration;
import org.carepay.ingest.IngestJobConfiguration;
import org.carepay.rules.BillingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Carries out a checked command against the job repository and reports it in a few lines. */
@Component
class CommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private final JobOperator jobOperator;
    private final Job ingestJob;
    private final DayReportCommands dayReports;
    private final Job auditJob;
    private final CarepayProperties properties;
    private final ExecutionReport report;
    private final StatusReport status;
    private final Terminal terminal;
    private final RunCommands runCommands;
    private final ExecutionControl executions;
    private final ExplainCommand explain;
    private final StartedExecutions started;
    private final SchedulerCommand scheduler;
    private final WorkerCommand worker;

    CommandRunner(JobOperator jobOperator, Job ingestJob, DayReportCommands dayReports, Job auditJob, CarepayProperties properties,
                  ExecutionReport report, StatusReport status, Terminal terminal, RunCommands runCommands,
                  ExecutionControl executions, ExplainCommand explain, StartedExecutions started,
                  SchedulerCommand scheduler, WorkerCommand worker) {
        this.jobOperator = jobOperator;
        this.ingestJob = ingestJob;
        this.dayReports = dayReports;
        this.auditJob = auditJob;
        this.properties = properties;
        this.report = report;
        this.status = status;
        this.terminal = terminal;
        this.runCommands = runCommands;
        this.executions = executions;
        this.explain = explain;
        this.started = started;
        this.scheduler = scheduler;
        this.worker = worker;
    }

    /**
     * Carries out the command; the log records it, with the account that typed it, and its exit code (never
     * personal data: parameters are ids, dates and the names of staff).
     */
    ExitCode run(Command command) {
        LOG.info("command: {} (account {})", command, System.getProperty("user.name"));
        ExitCode exit;
        try {
            exit = carryOut(command);
        } catch (RuntimeException e) {
            exit = unfinished(e);
        }
        LOG.info("command {}: exit {} ({})", command.name().word(), exit.code(), exit);
        return exit;
    }

    /**
     * A job that could not even record how it ended (the database died under it): the operator is told
     * which execution to restart once the database is back. Anything else is the caller's to report.
     */
    private ExitCode unfinished(RuntimeException e) {
        JobExecution execution = started.last();
        if (execution == null || execution.getStatus() == BatchStatus.COMPLETED) {
            throw e;
        }
        LOG.error("execution {} did not finish", execution.getId(), e);
        terminal.say("carepay: " + execution.getJobInstance().getJobName() + " execution " + execution.getId()
                + " did not finish: " + CarepayCli.rootMessage(e));
        terminal.say("  nothing of an unfinished step is kept; once the database is back: carepay restart execution="
                + execution.getId() + " (details in the log, " + CarepayCli.logFile() + ")");
        return ExitCode.FAILED;
    }

    private ExitCode carryOut(Command command) {
        try {
            return switch (command.name()) {
                case INGEST -> ingest();
                case STATUS -> status.print(command.parameters().get("run"));
                case RESTART -> executions.restart(command.execution());
                case STOP -> executions.stop(command.execution());
                case HOMECARE_RUN -> runCommands.homecareRun(command.week(), command.by(), command.force());
                case SCHEDULED_RUN -> runCommands.scheduledRun(command.week(), command.by(), command.force());
                case BILLING_RUN -> runCommands.billingRun(command.period(), command.by(), command.force());
                case CYCLE -> cycle(command.week(), command.by());
                case ACCOUNTS -> dayReports.accounts(command);
                case MONITOR -> dayReports.monitor(command);
                case APPROVE -> runCommands.approve(command);
                case RELEASE -> runCommands.release(command);
                case AUDIT -> audit();
                case EXPLAIN -> explain.explain(command);
                case SCHEDULER -> scheduler.run(this);
                case WORKER -> worker.run();
                default -> throw new IllegalStateException(command.name() + " is not available");
            };
        } catch (Refusal refusal) {
            terminal.say("carepay: " + refusal.getMessage());
            return refusal.exitCode();
        } catch (SettingException e) {
            terminal.say("carepay: " + e.getMessage());
            return ExitCode.BAD_COMMAND;
        }
    }

    private ExitCode ingest() throws Refusal {
        Path inbox = properties.inbox().toAbsolutePath().normalize();
        if (!Files.isDirectory(inbox)) {
            throw new Refusal(ExitCode.BAD_COMMAND, "the inbox " + inbox + " is not a folder (set "
                    + Setting.INBOX.variable() + ")");
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(IngestJobConfiguration.INBOX, inbox.toString())
                .addString(IngestJobConfiguration.REQUESTED_AT, Instant.now().toString())
                .toJobParameters();
        terminal.say("ingest: taking in " + inbox);
        JobExecution execution;
        try {
            execution = jobOperator.start(ingestJob, parameters);
        } catch (JobExecutionException e) {
            throw new Refusal(ExitCode.FAILED, "ingest could not start: " + e.getMessage());
        }
        return report.print(execution);
    }

    /**
     * operations.md: ingest, then both payment runs for the week, then the billing run of the period when the
     * week is its last: the whole weekly cycle as proposals. A step refused (its work already settled) is passed
     * over; the cycle stops at the first that fails.
     */
    private ExitCode cycle(LocalDate week, String by) throws Refusal {
        List<CycleStep> steps = new ArrayList<>(List.of(
                new CycleStep("ingest", this::ingest),
                new CycleStep("homecare-run week=" + week, () -> runCommands.homecareRun(week, by, false)),
                new CycleStep("scheduled-run week=" + week, () -> runCommands.scheduledRun(week, by, false))));
        Optional<BillingPeriod> ended = BillingPeriod.endingWith(week, properties.billing().anchor());
        ended.ifPresent(period -> steps.add(new CycleStep("billing-run period=" + period.start(),
                () -> runCommands.billingRun(period.start(), by, false))));
        for (CycleStep step : steps) {
            ExitCode exit;
            try {
                exit = step.run().run();
            } catch (Refusal refusal) {
                terminal.say("carepay: " + refusal.getMessage());
                exit = refusal.exitCode();
            }
            if (exit == ExitCode.REFUSED) {
                // Its work is settled (released, approved, or proposed with nothing new): the others still run.
                terminal.say("cycle: " + step.name() + " refused, as said; carrying on");
            } else if (exit != ExitCode.DONE) {
                terminal.say("cycle: stopped at " + step.name() + "; the steps before it are done");
                return exit;
            }
        }
        if (ended.isEmpty()) {
            terminal.say("cycle: week " + week + " does not end a billing period, so there is no billing run");
        }
        terminal.say("cycle: done; the proposals are in " + properties.out().toAbsolutePath().normalize()
                + " (payments/, billing/), ready for review and approval");
        return ExitCode.DONE;
    }

    private interface CycleAction {
        ExitCode run() throws Refusal;
    }

    private record CycleStep(String name, CycleAction run) {
    }

    /** R8's nightly audit of every released run: exit 1 when a check does not hold (jobs/audit.yml). */
    private ExitCode audit() throws Refusal {
        terminal.say("audit: checking every released run");
        JobExecution execution;
        try {
            execution = jobOperator.start(auditJob, new JobParametersBuilder()
                    .addString(AuditJobConfiguration.REQUESTED_AT, Instant.now().toString()).toJobParameters());
        } catch (JobExecutionException e) {
            throw new Refusal(ExitCode.FAILED, "audit could not start: " + e.getMessage());
        }
        return report.print(execution);
    }

    /** The command cannot be done as asked; nothing was changed. */
    static final class Refusal extends Exception {
        private final ExitCode exitCode;

        Refusal(ExitCode exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        ExitCode exitCode() {
            return exitCode;
        }
    }
}
