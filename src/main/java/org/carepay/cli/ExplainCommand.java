package org.carepay.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carepay.CarepayProperties;
import org.carepay.explain.ClientExplanation;
import org.carepay.explain.ProviderExplanation;
import org.carepay.output.AtomicFile;
import org.carepay.output.Document;
import org.carepay.output.FileNames;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunKind;
import org.carepay.rules.BillingPeriod;
import org.springframework.stereotype.Component;

/**
 * {@code carepay explain}: the answer to a query on the terminal, and as a page in out/explain/ to keep or
 * send. It shows personal data to the operator who asks; the log records only the command (ids and dates).
 */
@Component
class ExplainCommand {

    private final ClientExplanation clients;
    private final ProviderExplanation providers;
    private final PaymentRuns runs;
    private final Terminal terminal;
    private final CarepayProperties properties;

    ExplainCommand(ClientExplanation clients, ProviderExplanation providers, PaymentRuns runs, Terminal terminal,
                   CarepayProperties properties) {
        this.clients = clients;
        this.providers = providers;
        this.runs = runs;
        this.terminal = terminal;
        this.properties = properties;
    }

    ExitCode explain(Command command) throws CommandRunner.Refusal {
        Map<String, String> parameters = command.parameters();
        String client = parameters.get("client");
        return client != null ? client(client, command) : provider(parameters.get("provider"), parameters.get("run"));
    }

    private ExitCode client(String clientId, Command command) throws CommandRunner.Refusal {
        List<LocalDate> weeks = new ArrayList<>();
        String span = "";
        if (command.parameters().containsKey("week")) {
            weeks.add(command.week());
            span = "-week-" + command.week();
        } else if (command.parameters().containsKey("period")) {
            LocalDate start = command.period();
            if (BillingPeriod.startingOn(start, properties.billing().anchor()).isEmpty()) {
                throw new CommandRunner.Refusal(ExitCode.BAD_COMMAND, "period=" + start + " does not start a billing"
                        + " period (every 28 days from " + properties.billing().anchor() + ")");
            }
            for (int week = 0; week < BillingPeriod.DAYS / 7; week++) {
                weeks.add(start.plusWeeks(week));
            }
            span = "-period-" + start;
        }
        Optional<Document> document = clients.explain(clientId, weeks);
        if (document.isEmpty()) {
            throw new CommandRunner.Refusal(ExitCode.BAD_COMMAND, "there is no client " + clientId
                    + " in clients.csv, nor in any run");
        }
        return show(document.get(), "client-" + FileNames.of(clientId) + span);
    }

    private ExitCode provider(String providerId, String runId) throws CommandRunner.Refusal {
        PaymentRun run = runs.find(runId).orElseThrow(() -> new CommandRunner.Refusal(ExitCode.BAD_COMMAND,
                "there is no run " + runId));
        if (run.kind() == RunKind.BILLING) {
            throw new CommandRunner.Refusal(ExitCode.BAD_COMMAND, runId + " is a billing run, which pays no provider;"
                    + " explain a client's charges with: carepay explain client=ID period=" + run.weekStart());
        }
        Document document = providers.explain(providerId, run).orElseThrow(() -> new CommandRunner.Refusal(
                ExitCode.BAD_COMMAND, runId + " has no line and no exception of provider " + providerId));
        return show(document, "provider-" + FileNames.of(providerId) + "-" + runId);
    }

    private ExitCode show(Document document, String name) throws CommandRunner.Refusal {
        document.lines().forEach(terminal::say);
        Path page = properties.out().resolve("explain").resolve(name + ".html");
        String html = document.html();
        try {
            AtomicFile.write(page, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new CommandRunner.Refusal(ExitCode.FAILED, "the page could not be written: " + e.getMessage());
        }
        terminal.say("");
        terminal.say("explain: the same as a page to keep or print: " + page.toAbsolutePath().normalize());
        return ExitCode.DONE;
    }
}
