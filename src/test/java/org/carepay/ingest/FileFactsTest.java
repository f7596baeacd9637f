package org.carepay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFactsTest {

    @TempDir
    Path dir;

    @Test
    void theSha256IsTheFilesIdentity() throws Exception {
        FileFacts facts = FileFacts.of(Files.writeString(dir.resolve("a.csv"), "abc"));
        assertThat(facts.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(facts.size()).isEqualTo(3);
        assertThat(facts.validUtf8()).isTrue();
        assertThat(facts.blank()).isFalse();
    }

    @Test
    void aByteOrderMarkAndWhiteSpaceAreBlank() throws Exception {
        assertThat(FileFacts.of(Files.writeString(dir.resolve("b.csv"), "\uFEFF \r\n\t\n")).blank()).isTrue();
        assertThat(FileFacts.of(Files.writeString(dir.resolve("c.csv"), "")).blank()).isTrue();
    }

    @Test
    void multiByteCharactersAcrossReadBuffersAreValidAndStrayBytesAreNot() throws Exception {
        String text = "x".repeat((1 << 16) - 1) + "é€😀" + "y".repeat(100_000);
        assertThat(FileFacts.of(Files.writeString(dir.resolve("d.csv"), text)).validUtf8()).isTrue();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[150_000] = (byte) 0xFF;
        assertThat(FileFacts.of(Files.write(dir.resolve("e.csv"), bytes)).validUtf8()).isFalse();
        byte[] truncated = "ab€".getBytes(StandardCharsets.UTF_8);
        assertThat(FileFacts.of(Files.write(dir.resolve("f.csv"), java.util.Arrays.copyOf(truncated, 4))).validUtf8())
                .isFalse();
    }
}
