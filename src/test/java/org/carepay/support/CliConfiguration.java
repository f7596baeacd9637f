package org.carepay.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configuration for tests that drive the command line as an operator would: sample-data's inbox, and
 * the output and the embedded database in a test's own folder, as system properties (which Spring
 * reads like the CAREPAY_* environment).
 */
public final class CliConfiguration {

    private final Map<String, String> properties = new LinkedHashMap<>();

    public CliConfiguration(Path dir) {
        properties.put("carepay.inbox", Path.of("sample-data", "inbox").toAbsolutePath().toString());
        properties.put("carepay.out", dir.resolve("out").toString());
        properties.put("carepay.db.dir", dir.resolve("pg").toString());
    }

    /** A council bank account for release (docs/bacs-std18.md). */
    public CliConfiguration withBankAccount() {
        return with("carepay.bacs.originator-sort-code", "401276")
                .with("carepay.bacs.originator-account-number", "12345678")
                .with("carepay.bacs.originator-name", "CASTLEMERE BC");
    }

    public CliConfiguration with(String name, String value) {
        properties.put(name, value);
        return this;
    }

    public CliConfiguration set() {
        properties.forEach(System::setProperty);
        return this;
    }

    public void clear() {
        properties.keySet().forEach(System::clearProperty);
    }
}
