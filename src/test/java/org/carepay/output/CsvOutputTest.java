package org.carepay.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {

    @TempDir
    Path dir;

    @Test
    void writesRfc4180WithLfAndNeutralisesFormulasInTextColumnsOnly() throws Exception {
        CsvOutput csv = new CsvOutput(List.of("id", "detail", "amount"), Set.of("id", "detail"));
        Path file = dir.resolve("out/x.csv");

        csv.write(file, List.of(
                Arrays.asList("=HYPERLINK(\"x\")", "a, b", "-12.50"),
                Arrays.asList("@SUM", "line\nbreak", "0.00"),
                Arrays.asList("+44", "\ttab", null),
                Arrays.asList("-1", "plain", "3.00")));

        assertThat(Files.readString(file)).isEqualTo("""
                id,detail,amount
                "'=HYPERLINK(""x"")","a, b",-12.50
                '@SUM,"line
                break",0.00
                '+44,'\ttab,
                '-1,plain,3.00
                """);
        assertThat(Files.list(file.getParent())).containsExactly(file); // no temporary file left
    }
}
