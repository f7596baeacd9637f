package org.carepay.ingest;

import java.util.List;

import org.carepay.ingest.format.InboxKind;

/**
 * Consecutive records of one inbox file: the load step's item. Reading a block rather than a record
 * keeps Spring Batch's per-item work off the per-line hot path; restart still resumes exactly after
 * the last record of the last committed chunk. {@code then} is the file read after this block: the same
 * file, the next one when this block ends its file, or null after the last file.
 */
record RecordBlock(InboxFile file, List<Record> records, InboxFile then) {

    /**
     * One non-blank record: its values in the kind's column order, or, when the record cannot be read
     * as a line of the file (wrong number of fields, a quote never closed), why not.
     */
    record Record(int recordNo, String[] values, String unreadable) {

        /**
         * A record read as a line: refused at once when a field holds a NUL character, which no text in
         * PostgreSQL can (INVALID_LINE); its values then keep, in place of the NUL, U+FFFD, so that the
         * refusal can still name its provider, client and package.
         */
        static Record of(int recordNo, String[] values, InboxKind kind) {
            for (int i = 0; i < values.length; i++) {
                if (values[i].indexOf('\0') >= 0) {
                    String[] kept = values.clone();
                    for (int j = 0; j < kept.length; j++) {
                        kept[j] = kept[j].replace('\0', '\uFFFD');
                    }
                    return new Record(recordNo, kept, kind.columns().get(i).name()
                            + " holds a NUL character (byte 0x00), which no field may hold");
                }
            }
            return new Record(recordNo, values, null);
        }
    }
}
