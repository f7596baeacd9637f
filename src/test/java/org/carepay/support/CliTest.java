package org.carepay.support;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that drives the command line as an operator would: sample-data's inbox, and the output and
 * embedded database in the test's own folder, with a council bank account for releases.
 */
public abstract class CliTest {

    @TempDir
    protected Path dir;

    protected CliConfiguration configuration;

    @BeforeEach
    void configure() {
        configuration = new CliConfiguration(dir).withBankAccount().set();
    }

    /** A copy of sample-data's inbox in the test's folder, which the test may change, made the inbox. */
    protected Path sampleInboxCopy() throws IOException {
        Path inbox = SampleInbox.copyTo(dir.resolve("inbox"));
        configuration.with("carepay.inbox", inbox.toString()).set();
        return inbox;
    }

    @AfterEach
    void unconfigure() {
        configuration.clear();
    }
}
