package org.carepay.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path dir;

    @Test
    void aCommandThatReachesTheDatabaseFolderThroughALinkSharesTheServerOfTheOneRunning() throws Exception {
        Path real = Files.createDirectories(dir.resolve("data/pg"));
        Path link = Files.createSymbolicLink(dir.resolve("pg-link"), real); // CAREPAY_DB_DIR=.../pg-link
        try (LocalPostgres running = LocalPostgres.open(real, false, message -> { })) {
            assertThat(running.owned()).isTrue();
            try (LocalPostgres second = LocalPostgres.open(link, true, message -> { })) {
                assertThat(second.owned()).isFalse(); // it did not take another lock, nor start a second server
                assertThat(second.jdbcUrl()).isEqualTo(running.jdbcUrl());
            }
        }
    }
}
