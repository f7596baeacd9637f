package org.carepay.cli;

import java.time.Instant;

import org.carepay.CarepayProperties;
import org.carepay.accounts.AccountsJobConfiguration;
import org.carepay.cli.CommandRunner.Refusal;
import org.carepay.monitor.MonitorJobConfiguration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * The reports of a day: {@code carepay accounts date=D} (R9) and {@code carepay monitor date=D} (R10). Each runs
 * its job as a new instance (the date and when it was asked for), so that the same day can be reported again
 * after a release; then says where its files are.
 */
@Component
class DayReportCommands {

    private final JobOperator jobOperator;
    private final Job accountsJob;
    private final Job monitorJob;
    private final ExecutionReport report;
    private final Terminal terminal;
    private final CarepayProperties properties;

    DayReportCommands(JobOperator jobOperator, Job accountsJob, Job monitorJob, ExecutionReport report,
                      Terminal terminal, CarepayProperties properties) {
        this.jobOperator = jobOperator;
        this.accountsJob = accountsJob;
        this.monitorJob = monitorJob;
        this.report = report;
        this.terminal = terminal;
        this.properties = properties;
    }

    ExitCode accounts(Command command) throws Refusal {
        return run(command, accountsJob, AccountsJobConfiguration.DATE, AccountsJobConfiguration.REQUESTED_AT,
                "accounts.csv");
    }

    ExitCode monitor(Command command) throws Refusal {
        return run(command, monitorJob, MonitorJobConfiguration.DATE, MonitorJobConfiguration.REQUESTED_AT,
                "monitor.html, budget.csv, income.csv, delivery.csv");
    }

    private ExitCode run(Command command, Job job, String dateParameter, String requestedAt, String files)
            throws Refusal {
        String name = command.name().word();
        String date = command.parameters().get("date");
        JobExecution execution;
        try {
            execution = jobOperator.start(job, new JobParametersBuilder().addString(dateParameter, date)
                    .addString(requestedAt, Instant.now().toString()).toJobParameters());
        } catch (JobExecutionException e) {
            throw new Refusal(ExitCode.FAILED, name + " could not start: " + e.getMessage());
        }
        ExitCode exit = report.print(execution);
        if (exit == ExitCode.DONE) {
            terminal.say(name + ": " + properties.out().resolve(name).resolve(date) + "/ (" + files + ")");
        }
        return exit;
    }
}
