package org.carepay.documents;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, into Carepay's: its own writes every page's timings to the terminal. Only its warnings
 * are kept (a style it could not apply), at WARN; they name styles and pages, never what a page says.
 */
final class PdfLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.carepay.documents.pdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable problem) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, problem);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Carepay's logging configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
