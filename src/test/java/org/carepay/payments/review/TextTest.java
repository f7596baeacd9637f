package org.carepay.payments.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.carepay.output.Json;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void sortsByCodePointNotByUtf16() {
        String ligature = "\ufb01";          // U+FB01, in the Basic Multilingual Plane
        String emoji = "\ud83d\ude00";       // U+1F600, a surrogate pair starting 0xD83D < 0xFB01
        assertThat(emoji.compareTo(ligature)).isNegative();                     // String order: emoji first
        assertThat(Text.CODE_POINT_ORDER.compare(ligature, emoji)).isNegative(); // code points: U+FB01 first
    }

    @Test
    void escapesHtml() {
        assertThat(Text.html("<a href='x'>\"Tom & Jerry\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;Tom &amp; Jerry&quot;&lt;/a&gt;");
        assertThat(Text.html("tab\tLF\nCR\rNUL\u0000DEL\u007f caf\u00e9"))
                .isEqualTo("tab\tLF\nCR&#13;NUL\ufffdDEL\ufffd caf\u00e9");
    }

    @Test
    void escapesJson() {
        assertThat(Json.string("say \"hi\" \\ \b\f\n\r\t \u001f / caf\u00e9 \u2029"))
                .isEqualTo("\"say \\\"hi\\\" \\\\ \\b\\f\\n\\r\\t \\u001f / caf\u00e9 \\u2029\"");
    }

    @Test
    void moneyHasExactlyTwoDecimals() {
        assertThat(Money.text(new BigDecimal("1234.5"))).isEqualTo("1234.50");
        assertThat(Money.text(new BigDecimal("-3"))).isEqualTo("-3.00");
        assertThat(Money.text(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(Money.text(new BigDecimal("0.100"))).isEqualTo("0.10");
    }
}
