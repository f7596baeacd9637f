package org.carepay.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A {@link PrintedPage} as PDF (openhtmltopdf on PDFBox, in PDF's standard fonts: nothing of the machine's
 * fonts goes in), byte for byte the same for the same page: the document's dates are the date it bears, not the
 * clock's, and its file identifier is a digest of the page, not of the time it was written.
 */
final class PdfFile {

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    private PdfFile() {
    }

    static void write(String xhtml, String title, LocalDate dated, OutputStream out) throws IOException {
        PdfBoxRenderer renderer = new PdfRendererBuilder().withHtmlContent(xhtml, null).withProducer("Carepay")
                .buildPdfRenderer();
        try (renderer) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            date.clear();
            date.set(dated.getYear(), dated.getMonthValue() - 1, dated.getDayOfMonth());
            pdf.getDocumentInformation().setTitle(title);
            pdf.getDocumentInformation().setCreationDate(date);
            pdf.getDocumentInformation().setModificationDate(date);
            byte[] id = Arrays.copyOf(digest(xhtml), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.save(out);
        }
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
