package org.carepay.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One COPY stream split by its first column into a file per key, byte for byte, quotes and line breaks kept. */
class SplitCsvTest {

    @TempDir
    Path dir;

    @Test
    void eachKeyGetsTheHeaderAndItsRowsWithoutTheKeyColumn() throws IOException {
        String copy = """
                provider_id,client_id,reason,amount
                P01,C1,,18.90
                P01,C2,"a reason, with a comma
                and a line break, and ""quotes""\",20.00
                "P,2",C3,plain,1.00
                P3,C4,"",
                """;
        SplitCsv split = new SplitCsv(key -> dir.resolve("remittances").resolve(key.replace(",", "_") + ".csv"));
        // In pieces of 7 bytes, as a network stream comes: a record may end in any piece.
        byte[] bytes = copy.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < bytes.length; at += 7) {
            split.write(bytes, at, Math.min(7, bytes.length - at));
        }
        Map<String, Path> files = split.commit();

        assertThat(files.keySet()).containsExactly("P01", "P,2", "P3");
        assertThat(files.get("P01")).hasContent("""
                client_id,reason,amount
                C1,,18.90
                C2,"a reason, with a comma
                and a line break, and ""quotes""\",20.00""");
        assertThat(files.get("P,2")).hasContent("client_id,reason,amount\nC3,plain,1.00");
        assertThat(Files.readString(files.get("P3"))).isEqualTo("client_id,reason,amount\nC4,\"\",\n");
        try (Stream<Path> left = Files.list(dir.resolve("remittances"))) {
            assertThat(left.map(path -> path.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("P01.csv", "P3.csv", "P_2.csv")); // no temporary file left
        }
    }
}
