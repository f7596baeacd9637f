package org.carepay.valuation;

/** A reference row and the input line it came from (a SCHEDULED line's source). */
public record Sourced<T>(T value, String path, int record) {
}
