package org.carepay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;

/** Replacement returns, reference snapshot versions, and an ingest of the same bytes taking in nothing. */
class ReturnsAndReingestTest extends IngestTestSupport {

    @BeforeEach
    void reference() throws Exception {
        write("reference/providers.csv", PROVIDERS_HEADER + "P1,Care Co,S1,123456,12345678,Care Co Ltd,\n");
    }

    @Test
    void aLaterReturnOfTheSameProviderAndWeekReplacesTheEarlierOne() throws Exception {
        write("returns/P1-2026-11-16.csv", RETURN_HEADER
                + "P1,2026-11-16,C1,K1,2026-11-16,07:30,30,07:31,30,1,,\n");
        write("returns/P1-2026-11-16_v2.csv", RETURN_HEADER // later in code point order: '_' after '.'
                + "P1,2026-11-16,C1,K1,2026-11-16,07:30,30,07:31,25,1,,\n"
                + "P1,2026-11-16,C1,K1,2026-11-17,07:30,30,07:30,30,1,,\n");
        ingest();
        assertThat(currentReturn()).containsExactly("returns/P1-2026-11-16_v2.csv:2 25", "returns/P1-2026-11-16_v2.csv:3 30");

        write("returns/P1-2026-11-16_v3.csv", RETURN_HEADER
                + "P1,2026-11-16,C1,K1,2026-11-18,07:30,30,07:30,30,1,,\n");
        ingest();
        assertThat(currentReturn()).containsExactly("returns/P1-2026-11-16_v3.csv:2 30");
        assertThat(jdbc.queryForObject("select r.path from inbox_file f join inbox_file r on r.id = f.replaces_file_id"
                + " where f.path = 'returns/P1-2026-11-16_v3.csv'", String.class))
                .isEqualTo("returns/P1-2026-11-16_v2.csv");
    }

    @Test
    void theSameBytesAgainTakeInNothingNew() throws Exception {
        write("returns/P1-2026-11-16.csv", RETURN_HEADER + "P1,2026-11-16,C1,K1,2026-11-16,07:30,30,07:31,30,1,,\n");
        write("returns/copy-of-P1.csv", RETURN_HEADER + "P1,2026-11-16,C1,K1,2026-11-16,07:30,30,07:31,30,1,,\n");
        String first = ingest();
        List<String> before = everything();

        JobExecution second = start();

        assertThat(first).endsWith(",ALREADY_INGESTED,INFO,,,,returns/copy-of-P1.csv,,\"same bytes as"
                + " returns/P1-2026-11-16.csv, taken in before\",\n");
        assertThat(everything()).isEqualTo(before);
        assertThat(exceptionsOf(second)).isEqualTo(expected(second, ingestIds.of(second),
                "ALREADY_INGESTED,INFO,,,,reference/providers.csv,,\"same bytes as reference/providers.csv, taken in before\",",
                "ALREADY_INGESTED,INFO,,,,returns/P1-2026-11-16.csv,,\"same bytes as returns/P1-2026-11-16.csv, taken in before\",",
                "ALREADY_INGESTED,INFO,,,,returns/copy-of-P1.csv,,\"same bytes as returns/P1-2026-11-16.csv, taken in before\","));
    }

    @Test
    void everyReferenceSnapshotIsKeptAsAVersionWithItsHashAndTime() throws Exception {
        String second = PROVIDERS_HEADER + "P1,Care Co,S1,123456,87654321,Care Co Ltd,2026-11-20\n";
        ingest();
        write("reference/providers.csv", second);
        ingest();

        assertThat(jdbc.queryForList("select sha256 from reference_snapshot where taken_in_at is not null"
                + " order by snapshot_id", String.class)).containsExactly(
                sha256(PROVIDERS_HEADER + "P1,Care Co,S1,123456,12345678,Care Co Ltd,\n"), sha256(second));
        assertThat(jdbc.queryForList("select p.account_number from provider p join reference_snapshot s"
                + " on s.snapshot_id = p.file_id order by s.snapshot_id", String.class))
                .containsExactly("12345678", "87654321");
        assertThat(Files.exists(inbox.resolve("reference/providers.csv"))).isTrue();
    }

    private List<String> currentReturn() {
        return jdbc.queryForList("select f.path || ':' || v.record_no || ' ' || v.actual_minutes from return_week w"
                + " join visit v on v.file_id = w.file_id join inbox_file f on f.id = v.file_id order by v.record_no",
                String.class);
    }

    /** Every row Carepay holds of what it took in. */
    private List<String> everything() {
        return jdbc.queryForList("select 'file ' || id || ' ' || status from inbox_file where status <> 'SKIPPED'"
                + " union all select 'visit ' || v::text from visit v union all select 'provider ' || p::text"
                + " from provider p union all select 'week ' || w::text from return_week w order by 1", String.class);
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
