package org.carepay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carepay.support.DatabaseTest;
import org.carepay.support.SampleInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input stops the night (issue #11): what PostgreSQL or the file system cannot hold is refused or rejected
 * with a code, and the rest of the inbox is taken in.
 */
class HostileInboxTest extends DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aNulInAFieldRefusesItsLineAndTheRestOfTheFileIsTakenIn() throws Exception {
        Path inbox = SampleInbox.copyTo(dir.resolve("inbox"));
        Path ret = inbox.resolve("returns/P01-2026-11-16.csv");
        String text = Files.readString(ret, StandardCharsets.UTF_8);
        Files.writeString(ret, text.replaceFirst("\"BH021", "\"BH\u0000021"), StandardCharsets.UTF_8);

        ingest(inbox);

        assertThat(jdbc.queryForObject("select status from inbox_file where path = 'returns/P01-2026-11-16.csv'",
                String.class)).isEqualTo("TAKEN_IN");
        assertThat(jdbc.queryForList("""
                select e.record_no || ' ' || e.code || ' ' || e.provider_id || ' ' || e.client_id || ' ' || e.detail
                from ingest_exception e join inbox_file f on f.id = e.file_id
                where f.path = 'returns/P01-2026-11-16.csv' and e.record_no = 2""", String.class))
                .containsExactly("2 INVALID_LINE P01 C1001 carer_ref holds a NUL character (byte 0x00), which no field"
                        + " may hold");
        // the other 29 visits of record 3 on, and every other file
        assertThat(jdbc.queryForObject("select count(*) from visit v join inbox_file f on f.id = v.file_id"
                + " where f.path = 'returns/P01-2026-11-16.csv' and v.record_no = 3", Integer.class)).isOne();
        assertThat(jdbc.queryForList("select path from inbox_file where status not in ('TAKEN_IN', 'REJECTED')",
                String.class)).isEmpty();
    }

    @Test
    void aFileWhoseNameIsNotUtf8IsRejectedAndTheOthersAreTakenIn() throws Exception {
        Path inbox = SampleInbox.copyTo(dir.resolve("inbox"));
        // returns/P02-2026-11-23\xff.csv: a byte that no UTF-8 name holds, made by the shell
        Process copy = new ProcessBuilder("sh", "-c", "cp \"$0\" \"$(printf '%s/returns/P02-2026-11-23\\377.csv' \"$1\")\"",
                Path.of("sample-data/week2/returns/P02-2026-11-23.csv").toAbsolutePath().toString(),
                inbox.toString()).inheritIO().start();
        assertThat(copy.waitFor()).isZero();

        ingest(inbox);

        List<String> rejected = jdbc.queryForList("select reject_code || ' ' || reject_detail from inbox_file"
                + " where path like 'returns/P02-2026-11-23%'", String.class);
        assertThat(rejected).containsExactly("INVALID_ENCODING the file's name is not valid UTF-8: rename it, then"
                + " ingest again");
        assertThat(jdbc.queryForObject("select count(*) from inbox_file where status = 'TAKEN_IN'", Integer.class))
                .isEqualTo(16); // as for sample-data's inbox alone
    }
}
