package org.carepay.ingest.format;

/** What {@link LineParser} made of a record: the line, or the reason it is refused INVALID_LINE. */
public record ParsedLine(Line line, String refusal) {

    static ParsedLine accepted(Line line) {
        return new ParsedLine(line, null);
    }

    static ParsedLine refused(String reason) {
        return new ParsedLine(null, reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
