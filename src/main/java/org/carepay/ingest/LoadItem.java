package org.carepay.ingest;

import org.carepay.ingest.format.Line;

/** A record made ready for the database: a line for its kind's table, or an INVALID_LINE exception. */
record LoadItem(InboxFile file, int recordNo, Line line, IngestException refusal) {
}
