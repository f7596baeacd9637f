package org.carepay.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a text (a file's bytes, or a ledger's rows one per line), and beside it 8 bytes of SHA-256
 * of each of its lines: the whole hash proves a text unchanged; the line digests name the first line that
 * changed when it is not (8 bytes are plenty to tell lines apart, and a million lines keep 8 MB).
 */
public final class LineDigests {

    private static final int DIGEST_BYTES = 8;

    private final MessageDigest content = sha256();
    private final MessageDigest line = sha256();
    private final ByteArrayOutputStream digests = new ByteArrayOutputStream();
    private long bytes;
    private int lines;
    private boolean lineOpen;

    /** A file's hash is of its bytes, as {@code sha256sum} gives it; its lines end at each LF. */
    public static Digest of(Path file) throws IOException {
        LineDigests digests = new LineDigests();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digests.update(buffer, n);
            }
        }
        return digests.digest();
    }

    /** Adds one row of a ledger, as a line of text. */
    public void row(String text) {
        byte[] row = (text + "\n").getBytes(StandardCharsets.UTF_8);
        update(row, row.length);
    }

    private void update(byte[] buffer, int length) {
        content.update(buffer, 0, length);
        bytes += length;
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                line.update(buffer, start, i - start);
                endLine();
                start = i + 1;
            }
        }
        if (start < length) {
            line.update(buffer, start, length - start);
            lineOpen = true;
        }
    }

    private void endLine() {
        digests.write(line.digest(), 0, DIGEST_BYTES);
        lines++;
        lineOpen = false;
    }

    public Digest digest() {
        if (lineOpen) {
            endLine();
        }
        return new Digest(HexFormat.of().formatHex(content.digest()), bytes, lines, digests.toByteArray());
    }

    /** The SHA-256 of the UTF-8 bytes of a text, in hex. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * @param sha256  of the whole text, in hex
     * @param lines   how many lines it has (a last line without its LF counts)
     * @param digests 8 bytes per line, in order
     */
    public record Digest(String sha256, long bytes, int lines, byte[] digests) {

        /** The first line (from 1) of this text that differs from the one recorded, or 0 when none does. */
        public int firstLineDifferentFrom(byte[] recorded) {
            int common = Math.min(digests.length, recorded.length) / DIGEST_BYTES;
            for (int i = 0; i < common; i++) {
                if (!java.util.Arrays.equals(digests, i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES,
                        recorded, i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES)) {
                    return i + 1;
                }
            }
            return digests.length == recorded.length ? 0 : common + 1;
        }
    }
}
