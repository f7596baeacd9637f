package org.carepay.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.carepay.CarepayProperties;
import org.carepay.output.AtomicFileBatch;
import org.springframework.stereotype.Component;

/** A client's statement as its two files: the page (.html) and the same page to print and post (.pdf). */
@Component
public class StatementDocuments {

    private final CarepayProperties.Council council;

    StatementDocuments(CarepayProperties properties) {
        this.council = properties.council();
    }

    /** @param name the files' path without its extension */
    public void write(AtomicFileBatch files, Path name, Statement statement) throws IOException {
        String page = new StatementPage(council, statement).html();
        files.write(name.resolveSibling(name.getFileName() + ".html"),
                out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
        files.write(name.resolveSibling(name.getFileName() + ".pdf"), out -> PdfFile.write(page,
                "Statement " + statement.billNumber(), statement.statementDate(), out));
    }
}
