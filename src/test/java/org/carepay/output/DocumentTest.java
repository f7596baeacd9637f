package org.carepay.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DocumentTest {

    private final Document document = new Document("Client C1001: <Margaret & co>")
            .heading("Week 2026-11-16")
            .text("Paid:")
            .table("Run", "Amount £", "Why")
            .row("HC-2026-11-16-1", new BigDecimal("18.90"), null)
            .row("HC-2026-11-23-1", new BigDecimal("-165.00"), "client died")
            .text("Not paid:")
            .table("Code");

    @Test
    void onTheTerminalColumnsAlignNumbersToTheRightAndAnEmptyTableSaysNone() {
        assertThat(document.lines()).containsExactly(
                "Client C1001: <Margaret & co>",
                "=============================",
                "",
                "Week 2026-11-16",
                "---------------",
                "Paid:",
                "  Run              Amount £  Why",
                "  HC-2026-11-16-1     18.90",
                "  HC-2026-11-23-1   -165.00  client died",
                "Not paid:",
                "  None.");
    }

    @Test
    void asAPageEverythingGivenIsEscapedAndNumbersAlignRight() {
        String html = document.html();
        assertThat(html).contains("<title>Client C1001: &lt;Margaret &amp; co&gt;</title>",
                "<tr><td>HC-2026-11-23-1</td><td class=\"n\">-165.00</td><td>client died</td></tr>",
                "<p>None.</p>").doesNotContain("<Margaret");
    }

    @Test
    void aRowMustFitItsTable() {
        assertThatThrownBy(() -> new Document("x").table("a", "b").row("only one"))
                .isInstanceOf(IllegalStateException.class);
    }
}
