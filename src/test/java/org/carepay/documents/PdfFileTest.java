package org.carepay.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.carepay.CarepayProperties;
import org.carepay.support.PrintedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's PDF is the same bytes whenever it is written, and a table too wide for A4 is caught. */
class PdfFileTest {

    static final CarepayProperties.Council COUNCIL = new CarepayProperties.Council("Castlemere Borough Council",
            "Town Hall, Castlemere CM1 1AA", "01632 960 400", "care.finance@castlemere.example",
            List.of("By Direct Debit", "By debit card on 01632 960 401"), "Call us within 28 days.", 28);

    @TempDir
    Path dir;

    @Test
    void theSamePageIsTheSameBytesAtAnotherTime() throws Exception {
        String page = page("a row that fits");
        byte[] first = pdf(page);
        Thread.sleep(1100); // a writer that put the clock in would differ by now
        assertThat(pdf(page)).isEqualTo(first);
        assertThat(pdf(page("another row"))).isNotEqualTo(first);
    }

    @Test
    void textBeyondThePageIsFound() throws IOException {
        Files.write(dir.resolve("fits.pdf"), pdf(page("a row that fits")));
        assertThat(PrintedPdf.overflowing(dir.resolve("fits.pdf"))).isEmpty();

        Files.write(dir.resolve("wide.pdf"), pdf(page("x".repeat(400)))); // one word, kept on one line: too wide
        assertThat(PrintedPdf.overflowing(dir.resolve("wide.pdf"))).isNotEmpty();
    }

    private static String page(String cell) {
        PrintedPage.Column[] columns = {PrintedPage.Column.word("Reference"), PrintedPage.Column.number("Amount £")};
        return new PrintedPage("Remittance advice", COUNCIL).table(columns).row(columns, cell, "1,528.00").html();
    }

    private static byte[] pdf(String page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFile.write(page, "Remittance advice", LocalDate.of(2026, 11, 27), out);
        return out.toByteArray();
    }
}
