package org.carepay.support;

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

    @AfterEach
    void unconfigure() {
        configuration.clear();
    }
}
