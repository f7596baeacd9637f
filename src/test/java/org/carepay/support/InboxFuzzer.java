package org.carepay.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Hostile inbox files, seeded so that a failure replays: sample-data's inbox files with one to three
 * mutations each (bytes flipped, inserted and deleted, a field cut or repeated, the encoding changed, lines
 * repeated, the header's columns shuffled), each under a name of its own so that ingest takes it in (reference
 * files under their own names: each replaces the snapshot).
 */
public final class InboxFuzzer {

    /** Bytes worth inserting: the ones parsers and PostgreSQL trip on. */
    private static final byte[] NASTY = {0, (byte) 0xff, (byte) 0xc3, '"', ',', '\n', '\r', '=', '\t', ' '};

    private final Random random;
    private final List<Path> originals;

    public InboxFuzzer(long seed) throws IOException {
        this.random = new Random(seed);
        try (Stream<Path> files = Files.walk(SampleInbox.PATH)) {
            this.originals = files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Writes {@code count} mutated files into the inbox; answers what each is, for a failure's message. */
    public List<String> write(Path inbox, int count, int round) throws IOException {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path original = originals.get(random.nextInt(originals.size()));
            Path relative = SampleInbox.PATH.relativize(original);
            String name = relative.getFileName().toString();
            boolean fixedName = relative.startsWith("reference") || relative.startsWith("requests");
            Path target = inbox.resolve(relative.getParent().toString()).resolve(fixedName ? name
                    : name.replace(".csv", "_fuzz" + round + "-" + i + ".csv"));
            Files.createDirectories(target.getParent());
            byte[] bytes = Files.readAllBytes(original);
            StringBuilder how = new StringBuilder();
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                bytes = mutate(bytes, how);
            }
            Files.write(target, bytes);
            written.add(inbox.relativize(target) + ":" + how);
        }
        return written;
    }

    private byte[] mutate(byte[] bytes, StringBuilder how) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(8)) {
            case 0 -> {
                how.append(" flip@").append(at);
                byte[] flipped = bytes.clone();
                flipped[at] ^= (byte) (1 << random.nextInt(8));
                return flipped;
            }
            case 1 -> {
                byte nasty = NASTY[random.nextInt(NASTY.length)];
                how.append(" insert ").append(nasty & 0xff).append('@').append(at);
                return splice(bytes, at, 0, new byte[] {nasty});
            }
            case 2 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
                how.append(" delete ").append(length).append('@').append(at);
                return splice(bytes, at, length, new byte[0]);
            }
            case 3 -> {
                int comma = indexOf(bytes, (byte) ',', at);
                how.append(" repeat-field@").append(comma);
                return comma < 0 ? bytes : splice(bytes, comma, 0, Arrays.copyOfRange(bytes, at, comma));
            }
            case 4 -> {
                how.append(" latin1");
                return new String(bytes, StandardCharsets.UTF_8).replace("e", "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
            }
            case 5 -> {
                how.append(" utf16");
                return new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
            }
            case 6 -> {
                List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8)
                        .split("\n", -1)));
                int line = random.nextInt(lines.size());
                how.append(" repeat-line ").append(line);
                lines.add(line, lines.get(line));
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                List<String> header = new ArrayList<>(Arrays.asList((end < 0 ? text : text.substring(0, end))
                        .split(",", -1)));
                Collections.shuffle(header, random);
                how.append(" shuffle-header");
                return (String.join(",", header) + (end < 0 ? "" : text.substring(end)))
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }
}
