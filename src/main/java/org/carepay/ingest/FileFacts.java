package org.carepay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one pass over a file's bytes tells: its SHA-256 (the file's identity), its size, whether it
 * is valid UTF-8 and whether it holds anything but a byte-order mark and white space.
 */
record FileFacts(String sha256, long size, boolean validUtf8, boolean blank) {

    static FileFacts of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean valid = true;
        boolean blank = true;
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                digest.update(bytes.array(), bytes.position(), n);
                size += n;
                if (!valid) {
                    continue; // only the digest still needs the bytes
                }
                bytes.position(bytes.position() + n).flip();
                chars.clear();
                valid = !decoder.decode(bytes, chars, false).isError();
                blank = blank && isBlank(chars.flip());
                if (valid) {
                    bytes.compact(); // keeps a sequence split across two reads
                } else {
                    bytes.clear();
                }
            }
            if (valid) {
                bytes.flip();
                chars.clear();
                CoderResult end = decoder.decode(bytes, chars, true);
                valid = !end.isError() && !decoder.flush(chars).isError() && !bytes.hasRemaining();
                blank = blank && isBlank(chars.flip());
            }
        }
        return new FileFacts(HexFormat.of().formatHex(digest.digest()), size, valid, blank);
    }

    private static boolean isBlank(CharBuffer chars) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
