package org.carepay.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineDigestsTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsHashedAsSha256sumHashesItAndCountsItsLines() throws IOException {
        Path file = dir.resolve("a.csv");
        Files.writeString(file, "abc\n", StandardCharsets.UTF_8);
        LineDigests.Digest digest = LineDigests.of(file);
        // sha256sum of "abc\n"
        assertThat(digest.sha256()).isEqualTo("edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb");
        assertThat(digest.bytes()).isEqualTo(4);
        assertThat(digest.lines()).isEqualTo(1);
        assertThat(digest.digests()).hasSize(8);
    }

    @Test
    void aLastLineWithoutItsLineFeedCountsAndTheHashIsOfTheBytesAsTheyAre() throws IOException {
        Path file = dir.resolve("b.csv");
        Files.writeString(file, "abc", StandardCharsets.UTF_8);
        LineDigests.Digest digest = LineDigests.of(file);
        assertThat(digest.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(digest.lines()).isEqualTo(1);
    }

    @Test
    void theLinesOfARowLedgerAreTheLinesOfTheSameTextInAFile() throws IOException {
        LineDigests rows = new LineDigests();
        rows.row("1|P01|18.90");
        rows.row("2|P01|12.60");
        Path file = dir.resolve("c.txt");
        Files.writeString(file, "1|P01|18.90\n2|P01|12.60\n", StandardCharsets.UTF_8);
        LineDigests.Digest ledger = rows.digest();
        assertThat(ledger.sha256()).isEqualTo(LineDigests.of(file).sha256());
        assertThat(ledger.digests()).isEqualTo(LineDigests.of(file).digests());
    }

    @Test
    void theFirstLineThatDiffersIsNamed() {
        byte[] sealed = ledger("a", "b", "c", "d").digests();
        assertThat(ledger("a", "b", "c", "d").firstLineDifferentFrom(sealed)).isZero();
        assertThat(ledger("a", "b", "x", "d").firstLineDifferentFrom(sealed)).isEqualTo(3);
        assertThat(ledger("a", "c", "d").firstLineDifferentFrom(sealed)).isEqualTo(2); // b deleted
        assertThat(ledger("a", "b", "c").firstLineDifferentFrom(sealed)).isEqualTo(4); // d deleted
        assertThat(ledger("a", "b", "c", "d", "e").firstLineDifferentFrom(sealed)).isEqualTo(5); // e added
    }

    private static LineDigests.Digest ledger(String... rows) {
        LineDigests digests = new LineDigests();
        for (String row : rows) {
            digests.row(row);
        }
        return digests.digest();
    }
}
