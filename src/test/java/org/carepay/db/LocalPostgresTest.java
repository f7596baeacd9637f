package org.carepay.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path dir;

    @Test
    void aCommandThatReachesTheDatabaseFolderThroughALinkSharesTheServerOfTheOneRunning() throws Exception {
        Path real = Files.createDirectories(dir.resolve("data/pg"));
        Path link = Files.createSymbolicLink(dir.resolve("pg-link"), real); // CAREPAY_DB_DIR=.../pg-link
        try (LocalPostgres running = LocalPostgres.open(real, LocalPostgres.Access.OWN, message -> { })) {
            assertThat(running.owned()).isTrue();
            try (LocalPostgres second = LocalPostgres.open(link, LocalPostgres.Access.SHARE, message -> { })) {
                assertThat(second.owned()).isFalse(); // it did not take another lock, nor start a second server
                assertThat(second.jdbcUrl()).isEqualTo(running.jdbcUrl());
            }
        }
    }

    @Test
    void whileTheSchedulerServesTheDatabaseEveryCommandUsesItsServerAtOnce() throws Exception {
        Path pg = dir.resolve("pg");
        List<String> told = new ArrayList<>();
        try (LocalPostgres scheduler = LocalPostgres.open(pg, LocalPostgres.Access.SERVE, told::add)) {
            assertThat(scheduler.owned()).isTrue();
            assertThat(scheduler.exclusive()).isFalse();
            try (LocalPostgres operator = LocalPostgres.open(pg, LocalPostgres.Access.OWN, told::add)) {
                assertThat(operator.owned()).isFalse(); // no wait: it shares the server
                assertThat(operator.jdbcUrl()).isEqualTo(scheduler.jdbcUrl());
            }
        }
        assertThat(told).isEmpty();
        assertThat(dir.resolve("pg.serving")).doesNotExist(); // gone with the scheduler
        try (LocalPostgres next = LocalPostgres.open(pg, LocalPostgres.Access.OWN, told::add)) {
            assertThat(next.exclusive()).isTrue();
        }
    }
}
