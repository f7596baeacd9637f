package org.carepay.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF Carepay wrote, read back as a reader's viewer or printer would: its text, and what leaves its A4 pages. */
public final class PrintedPdf {

    private PrintedPdf() {
    }

    /** The text of every page, lines joined by single spaces. */
    public static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The smallest text Carepay's pages set (the page numbers): a browser that shrinks a page prints it smaller. */
    private static final float SMALLEST_POINTS = 7.5f;

    /**
     * Every page that is not A4 portrait, every character that lies beyond its page's edges, and text printed
     * smaller than Carepay sets any: a browser shrinks a page that something makes wider than the paper.
     */
    public static List<String> overflowing(Path pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDRectangle box = document.getPage(i).getMediaBox();
                if (Math.abs(box.getWidth() - PDRectangle.A4.getWidth()) > 1
                        || Math.abs(box.getHeight() - PDRectangle.A4.getHeight()) > 1) {
                    found.add("page " + (i + 1) + " is " + box.getWidth() + " x " + box.getHeight() + " points");
                }
            }
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    PDPage page = getCurrentPage();
                    float width = page.getMediaBox().getWidth();
                    float height = page.getMediaBox().getHeight();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > width
                                || p.getYDirAdj() - p.getHeightDir() < 0 || p.getYDirAdj() > height) {
                            found.add("page " + getCurrentPageNo() + ": '" + text + "' beyond the page");
                            return;
                        }
                        if (p.getXScale() < SMALLEST_POINTS) {
                            found.add("page " + getCurrentPageNo() + ": '" + text + "' printed at " + p.getXScale()
                                    + " pt: the page was shrunk to fit, so something on it is wider than the paper");
                            return;
                        }
                    }
                }
            };
            stripper.getText(document);
        }
        return found;
    }
}
