package org.carepay.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.carepay.CarepayProperties;
import org.carepay.output.AtomicFileBatch;
import org.springframework.stereotype.Component;

/** A client's statement as a page (.html); its PDF, to print and post, is printed from it at the release. */
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
    }
}
