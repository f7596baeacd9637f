package org.carepay.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** sample-data's inbox, copied where a test may change it. */
public final class SampleInbox {

    public static final Path PATH = Path.of("sample-data/inbox");

    private SampleInbox() {
    }

    /** Copies every file of sample-data's inbox into {@code inbox}, keeping its layout; answers {@code inbox}. */
    public static Path copyTo(Path inbox) throws IOException {
        try (Stream<Path> files = Files.walk(PATH)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = inbox.resolve(PATH.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return inbox;
    }
}
