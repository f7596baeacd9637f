package org.carepay.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void anIdOfLettersDigitsDashesAndUnderscoresIsItsOwnName() {
        assertThat(FileNames.of("C1001")).isEqualTo("C1001");
        assertThat(FileNames.of("P-04_north")).isEqualTo("P-04_north");
    }

    @Test
    void noTwoIdsShareANameAndNoneLeavesItsFolder() {
        assertThat(FileNames.of("Z/1")).isEqualTo("Z%2F1");
        assertThat(FileNames.of("Z_1")).isEqualTo("Z_1");
        assertThat(FileNames.of("Z%2F1")).isEqualTo("Z%252F1");
        assertThat(FileNames.of("../x")).isEqualTo("%2E%2E%2Fx");
        assertThat(FileNames.of(".hidden")).isEqualTo("%2Ehidden");
        assertThat(FileNames.of("Zoë")).isEqualTo("Zo%C3%AB");
    }

    @Test
    void theIdIsReadBackByPercentDecodingItsName() {
        for (String id : List.of("Z/1", "Z_1", "Z%2F1", "../x", "Zoë", "a b+c")) {
            assertThat(URLDecoder.decode(FileNames.of(id).replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(id);
        }
    }
}
