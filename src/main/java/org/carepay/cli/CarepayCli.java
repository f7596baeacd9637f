package org.carepay.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.carepay.CarepayApplication;
import org.carepay.Setting;
import org.carepay.SettingException;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code carepay}: the operators' command line (operations.md). The command is checked before
 * anything starts, so a wrong one costs nothing and exits 2 with one line that says why.
 */
public final class CarepayCli {

    private CarepayCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args).code());
    }

    static ExitCode run(String... args) {
        Command command;
        try {
            if (args.length > 0 && Help.WORDS.contains(args[0])) {
                Help.lines(args).forEach(System.out::println);
                return ExitCode.DONE;
            }
            command = Command.parse(args);
        } catch (Command.UsageException e) {
            System.err.println("carepay: " + e.getMessage());
            if (e.showUsage()) {
                System.err.println(Command.usage());
            }
            return ExitCode.BAD_COMMAND;
        }
        SpringApplication application = new SpringApplication(CarepayApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        // The scheduler stops by itself on SIGTERM (its job first, then the context); Spring's hook would close
        // the database under the job.
        application.setRegisterShutdownHook(command.name() != CommandName.SCHEDULER);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("command", command));
        CountDownLatch closed = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = application.run()) {
            if (command.name() == CommandName.SCHEDULER) {
                stopOnShutdown(context, closed);
            }
            return context.getBean(CommandRunner.class).run(command);
        } catch (RuntimeException e) {
            Optional<String> setting = settingError(e);
            if (setting.isPresent()) {
                System.err.println("carepay: " + setting.get());
                return ExitCode.BAD_COMMAND;
            }
            System.err.println("carepay: " + rootMessage(e) + " (details in the log, " + logFile() + ")");
            return ExitCode.FAILED;
        } finally {
            closed.countDown(); // after the context (and the embedded database) closed
        }
    }

    /**
     * SIGTERM stops the scheduler: the job running then stops after its current chunk and records it, and the
     * JVM ends only once the context has closed.
     */
    private static void stopOnShutdown(ConfigurableApplicationContext context, CountDownLatch closed) {
        SchedulerCommand scheduler = context.getBean(SchedulerCommand.class); // the context may be closed by then
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.stop();
            try {
                closed.await(SchedulerCommand.STOP_WAIT_MINUTES, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.flush(); // what the stopped job said, before the JVM halts
        }, "carepay-scheduler-stop"));
    }

    /** A setting that cannot be used, as the operator sets it: its environment variable and why. */
    private static Optional<String> settingError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SettingException setting) {
                return Optional.of(setting.getMessage());
            }
            if (cause instanceof BindException bind) {
                return Optional.of("the setting " + Setting.variableOf(bind.getName().toString()) + " cannot be used: "
                        + rootMessage(bind));
            }
        }
        return Optional.empty();
    }

    /** Where the log is written: logging.file.name, as CAREPAY_LOG sets it (application.properties). */
    static String logFile() {
        String configured = System.getProperty("logging.file.name", System.getenv("CAREPAY_LOG"));
        return Path.of(configured == null ? "var/log/carepay.log" : configured).toAbsolutePath().normalize().toString();
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
