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
                                @DefaultValue Db db) {

    /** With no url, an embedded PostgreSQL whose data lives in {@code dir} and is kept between commands. */
    public record Db(String url, String user, String password, @DefaultValue("var/pg") Path dir) {
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }
}
