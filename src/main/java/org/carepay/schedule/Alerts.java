package org.carepay.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.carepay.output.AtomicFile;

/**
 * A fire that did not end well is reported in a file of its own in the alerts folder (var/alerts/ by default,
 * CAREPAY_ALERTS), for a council to wire to its e-mail: what ran, how it ended, what to do.
 */
final class Alerts {

    private final Path folder;

    Alerts(Path folder) {
        this.folder = folder;
    }

    void raise(JobFile job, Instant fire, List<String> words, int exit, Long execution) throws IOException {
        String text = "job: " + job.job() + "\nfired: " + fire + "\ncommand: carepay " + String.join(" ", words)
                + "\nexit: " + exit + "\nexecution: " + (execution == null ? "none" : execution)
                + "\nwhat to do: carepay status" + (execution == null ? "" : ", then carepay restart execution="
                + execution) + "; the job's runbook is in jobs/" + job.file() + "\n";
        String name = fire.toString().replace(':', '-') + "-" + job.job() + ".txt";
        AtomicFile.write(folder.resolve(name), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
