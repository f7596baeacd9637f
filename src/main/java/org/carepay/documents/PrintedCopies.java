package org.carepay.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.carepay.cli.Terminal;
import org.carepay.output.AtomicFile;
import org.springframework.stereotype.Component;

/**
 * The PDF of each page of a released run's remittances/ or statements/, beside it: what is printed and posted
 * once the run is released, not before (docs/decisions/0006). Rendered from the page as the proposal wrote it, so
 * the two never differ; the document's title is the page's, its date the one the caller gives (the payment date,
 * the statement date), so the same page always gives the same bytes.
 */
@Component
public class PrintedCopies {

    private final Terminal terminal;

    PrintedCopies(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Writes folder/NAME.pdf for each folder/NAME.html, in name order; a folder that is not there has none. */
    public void write(Path folder, LocalDate dated) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        try (Terminal.Progress progress = terminal.progress("printing", pages.size(), "pages")) {
            int done = 0;
            for (Path page : pages) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                String name = page.getFileName().toString();
                AtomicFile.write(page.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".pdf"),
                        out -> PdfFile.write(html, title(html), dated, out));
                progress.at(++done, "");
            }
        }
    }

    /** The page's own title, unescaped as a PDF reader shows it. */
    private static String title(String html) {
        int start = html.indexOf("<title>") + "<title>".length();
        return html.substring(start, html.indexOf("</title>", start)).replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
