package org.carepay.ingest;

/**
 * One non-blank record of an inbox file: its values in the kind's column order, or, when the record
 * cannot be read as a line of the file (wrong number of fields, a quote never closed), why not.
 */
record InboxRecord(InboxFile file, int recordNo, String[] values, String unreadable) {
}
