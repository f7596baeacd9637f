package org.carepay.cli;

import java.net.URI;
import java.util.concurrent.CountDownLatch;

import org.carepay.CarepayProperties;
import org.carepay.Setting;
import org.carepay.scaleout.RemotePartsConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code carepay worker}: runs until stopped, doing the parts of ratings that managers on any machine send over
 * the broker. Stopped (SIGTERM, Ctrl-C) or killed in the middle of a part, it leaves that part to the manager,
 * which fails it; the run's restart does it again (docs/scale-out.md).
 */
@Component
class WorkerCommand {

    private final CarepayProperties properties;
    private final ApplicationContext context;
    private final Terminal terminal;

    WorkerCommand(CarepayProperties properties, ApplicationContext context, Terminal terminal) {
        this.properties = properties;
        this.context = context;
        this.terminal = terminal;
    }

    ExitCode run() throws CommandRunner.Refusal {
        if (!properties.amqp().configured()) {
            throw new CommandRunner.Refusal(ExitCode.BAD_COMMAND, "a worker takes its parts from a broker: set "
                    + Setting.AMQP_URL.variable() + " (and " + Setting.DB_URL.variable() + ", as the manager has it)");
        }
        context.getBean(RemotePartsConfiguration.WORKER_INBOUND, Lifecycle.class).start();
        URI broker = URI.create(properties.amqp().url());
        terminal.say("worker: taking parts of runs from " + broker.getHost() + ":" + broker.getPort()
                + ", queue " + properties.amqp().queue() + ", until stopped (SIGTERM or Ctrl-C)");
        try {
            new CountDownLatch(1).await(); // the JVM's shutdown ends the wait
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.DONE;
    }
}
