package org.carepay.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The CSV stream of one COPY whose first column is a key (a provider id), its rows sorted by it, split into one
 * file per key: the header and that key's rows, byte for byte as COPY wrote them, without the key column. So
 * one query makes every provider's file in one pass (issue #13) where a query per provider read the run's
 * tables once each. Each file is written atomically; all are committed once the stream has ended.
 */
final class SplitCsv extends OutputStream {

    private final Function<String, Path> fileOf;
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(512);
    private final Map<String, Path> written = new LinkedHashMap<>();
    private boolean quoted;
    private int keyEnd = -1;
    private byte[] header;
    private String key;
    private OutputStream file;

    SplitCsv(Function<String, Path> fileOf) {
        this.fileOf = fileOf;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    /** Scans the bytes for the end of the key field and of the record, copying whole runs at a time. */
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted; // an escaped quote ("") toggles twice
            } else if (!quoted && b == ',' && keyEnd < 0) {
                keyEnd = record.size() + i - start;
            } else if (!quoted && b == '\n') {
                record.write(bytes, start, i + 1 - start);
                start = i + 1;
                endOfRecord();
            }
        }
        record.write(bytes, start, offset + length - start);
    }

    private void endOfRecord() throws IOException {
        byte[] bytes = record.toByteArray();
        String recordKey = unquoted(new String(bytes, 0, keyEnd, StandardCharsets.UTF_8));
        if (header == null) {
            header = Arrays.copyOfRange(bytes, keyEnd + 1, bytes.length);
        } else {
            if (!recordKey.equals(key)) {
                closeFile();
                key = recordKey;
                Path target = fileOf.apply(key);
                file = AtomicFile.openTemporary(target);
                written.put(key, target);
                file.write(header);
            }
            file.write(bytes, keyEnd + 1, bytes.length - keyEnd - 1);
        }
        record.reset();
        keyEnd = -1;
    }

    private static String unquoted(String field) {
        return field.startsWith("\"") ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field;
    }

    private void closeFile() throws IOException {
        if (file != null) {
            file.close();
            file = null;
        }
    }

    /** Ends the last file and commits every file: forced to disk and renamed into place. By key, in order. */
    Map<String, Path> commit() throws IOException {
        closeFile();
        for (Path target : written.values()) {
            AtomicFile.commit(target);
        }
        return written;
    }
}
