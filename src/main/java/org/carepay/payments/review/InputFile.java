package org.carepay.payments.review;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input file a run took: its path relative to the inbox (as in a line's source, e.g.
 * {@code returns/P01-2026-11-16.csv}) and the SHA-256 of its bytes, the file's identity (formats.md).
 */
public record InputFile(String path, String sha256) {

    /** Lower-case hex, as ingest records it (HexFormat.of()). */
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** Listed by path in code point order (the order formats.md compares file names in), then hash. */
    static final Comparator<InputFile> ORDER = Comparator.comparing(InputFile::path, Text.CODE_POINT_ORDER)
            .thenComparing(InputFile::sha256);

    public InputFile {
        Objects.requireNonNull(path, "path");
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException(path + ": sha256 must be 64 lower-case hex digits: " + sha256);
        }
    }
}
