package org.carepay.corrections;

import java.util.List;

/** The one shape of a correction's reason: what changed, when it became known, and what it does. */
final class Reasons {

    private Reasons() {
    }

    /** "client died on 2026-11-19, notified after HC-2026-11-16-1 was released: 3 visits recovered". */
    static String sentence(List<String> causes, String releasedRun, List<String> effects) {
        String cause = causes.isEmpty() ? "worked out again with today's data" : String.join("; ", causes);
        String sentence = cause + ", notified after " + releasedRun + " was released";
        return effects.isEmpty() ? sentence : sentence + ": " + String.join(", ", effects);
    }
}
