package org.carepay;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Carepay's configuration (operations.md): from the environment (CAREPAY_INBOX, CAREPAY_OUT,
 * CAREPAY_DB_URL, CAREPAY_DB_USER, CAREPAY_DB_PASSWORD, CAREPAY_DB_DIR) or the usual Spring files.
 */
@ConfigurationProperties("carepay")
public record CarepayProperties(@DefaultValue("inbox") Path inbox, @DefaultValue("out") Path out,
                                @DefaultValue Db db, @DefaultValue Ingest ingest) {

    /** With no url, an embedded PostgreSQL whose data lives in {@code dir} and is kept between commands. */
    public record Db(String url, String user, String password, @DefaultValue("var/pg") Path dir) {
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }

    /**
     * How the ingest commits: blocks of 1,000 lines per chunk of the load step, and files per
     * transaction of the publish step (measured in docs/benchmarks.md; smaller is finer restart).
     */
    public record Ingest(@DefaultValue("50") int chunkBlocks, @DefaultValue("50") int filesPerCommit) {
    }
}
