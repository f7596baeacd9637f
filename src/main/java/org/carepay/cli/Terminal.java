package org.carepay.cli;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

/**
 * What the operator sees: a few readable lines on standard output, and progress on long steps only
 * when standard output is a terminal (a scheduler's log gets no carriage-return noise).
 */
@Component
public class Terminal {

    private final PrintStream out = System.out;
    private final boolean interactive = System.console() != null;
    private boolean progressShown;

    public void say(String line) {
        clearProgress();
        out.println(line);
    }

    public void progress(String line) {
        if (interactive) {
            out.print("\r" + line + "\u001b[K");
            out.flush();
            progressShown = true;
        }
    }

    private void clearProgress() {
        if (progressShown) {
            out.print("\r\u001b[K");
            progressShown = false;
        }
    }
}
