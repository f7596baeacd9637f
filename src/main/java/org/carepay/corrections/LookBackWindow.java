package org.carepay.corrections;

import java.time.LocalDate;

/** R7's look-back window: a run for week (or period) W looks back at the released weeks w, W − 364 days ≤ w < W. */
public final class LookBackWindow {

    public static final int DAYS = 364;

    private LookBackWindow() {
    }

    /** The first week a run for the week or period starting on {@code start} looks back at. */
    public static LocalDate start(LocalDate start) {
        return start.minusDays(DAYS);
    }
}
