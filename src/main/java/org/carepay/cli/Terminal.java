package org.carepay.cli;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.stereotype.Component;

/**
 * What the operator sees: a few readable lines on standard output, and a progress bar on long steps only when
 * standard output is a terminal (a scheduler's log gets no carriage-return noise).
 */
@Component
public class Terminal {

    /** Where a long step has got to; closed when the step ends. */
    public interface Progress extends AutoCloseable {
        /** {@code done} of the total, and a word on it ("12,345 lines"). */
        void at(long done, String extra);

        @Override
        void close();
    }

    private static final Progress NONE = new Progress() {
        @Override
        public void at(long done, String extra) {
        }

        @Override
        public void close() {
        }
    };

    private final PrintStream out;
    private final boolean interactive;

    public Terminal() {
        this(System.out, System.console() != null);
    }

    Terminal(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    public void say(String line) {
        out.println(line);
    }

    /** A bar with the total, the percentage done and the time left (me.tongfei's progressbar), on a terminal only. */
    public Progress progress(String task, long total, String unit) {
        if (!interactive) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out, 100)).build();
        return new Progress() {
            @Override
            public void at(long done, String extra) {
                bar.stepTo(done);
                bar.setExtraMessage(extra);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
