package org.carepay.ingest;

import java.util.List;

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
    }
}
