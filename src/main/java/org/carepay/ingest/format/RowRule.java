package org.carepay.ingest.format;

/** A rule across the values of one line; answers why the line breaks it, or null. */
@FunctionalInterface
public interface RowRule {
    String check(Line line);
}
