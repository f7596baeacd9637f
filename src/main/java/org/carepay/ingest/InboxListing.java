package org.carepay.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.carepay.ingest.format.InboxKind;

/**
 * The files of an inbox in the Ingest order of formats.md: folder by folder (reference, returns,
 * invoices, requests, isf, dp-invoices), reference files in the order clients, providers, rates,
 * packages, contributions, absences, and the files of a folder by name in Unicode code point order.
 * Files that are not inbox files (another name, not .csv) are left where they are.
 */
final class InboxListing {

    /** Code point order, which String.compareTo is not for characters outside the BMP. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    };

    private InboxListing() {
    }

    static List<Entry> list(Path inbox) throws IOException {
        Set<String> folders = new LinkedHashSet<>();
        for (InboxKind kind : InboxKind.values()) {
            folders.add(kind.folder());
        }
        List<Entry> entries = new ArrayList<>();
        for (String folder : folders) {
            entries.addAll(listFolder(inbox, folder));
        }
        return entries;
    }

    private static List<Entry> listFolder(Path inbox, String folder) throws IOException {
        Path dir = inbox.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> new Entry(InboxKind.of(folder, file.getFileName().toString()), folder, file))
                    .filter(entry -> entry.kind() != null)
                    .sorted(Comparator.comparing((Entry entry) -> entry.kind().ordinal())
                            .thenComparing(entry -> entry.file().getFileName().toString(), CODE_POINT_ORDER))
                    .toList();
        }
    }

    record Entry(InboxKind kind, String folder, Path file) {
        /** The source path of formats.md: relative to the inbox. */
        String path() {
            return folder + "/" + file.getFileName();
        }
    }
}
