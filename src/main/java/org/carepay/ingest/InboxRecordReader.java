package org.carepay.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the records of every file the scan left PENDING, file after file in the ingest order,
 * without holding more than one record in memory. Its place (file and record) is saved with every
 * chunk, so a restart carries on after the last committed chunk. A second copy of the same bytes
 * within one ingest is not read: it is judged when the first copy is published.
 */
class InboxRecordReader implements ItemStreamReader<InboxRecord>, StepExecutionListener {

    private static final String FILE = "inbox.file";
    private static final String RECORD = "inbox.record";

    private final InboxStore store;
    private final IngestIds ingestIds;
    private final Path inbox;
    private List<InboxFile> files;
    private int index;
    private InboxFile file;
    private CsvRecords records;
    private Header header;
    private long ingestId;

    InboxRecordReader(InboxStore store, IngestIds ingestIds, Path inbox) {
        this.store = store;
        this.ingestIds = ingestIds;
        this.inbox = inbox;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        ingestId = ingestIds.of(stepExecution.getJobExecution());
    }

    @Override
    public void open(ExecutionContext context) {
        files = firstCopies(store.pending(ingestId));
        index = 0;
        if (context.containsKey(FILE)) {
            long fileId = context.getLong(FILE);
            while (index < files.size() && files.get(index).id() != fileId) {
                index++;
            }
            int done = context.getInt(RECORD);
            if (index < files.size() && done > 0) {
                openFile();
                while (records.recordNo() < done && nextRecord() != null) {
                    // skipping what the last committed chunk already wrote
                }
            }
        }
    }

    private static List<InboxFile> firstCopies(List<InboxFile> pending) {
        Set<String> seen = new HashSet<>();
        List<InboxFile> first = new ArrayList<>();
        for (InboxFile candidate : pending) {
            if (seen.add(candidate.sha256())) {
                first.add(candidate);
            }
        }
        return first;
    }

    @Override
    public InboxRecord read() {
        while (index < files.size()) {
            if (records == null) {
                openFile();
            }
            try {
                String[] record = nextRecord();
                if (record != null) {
                    String[] values = header.arrange(record);
                    return new InboxRecord(file, records.recordNo(), values, values == null
                            ? "the record has " + record.length + " fields, the header " + header.width() : null);
                }
                closeFile();
            } catch (CsvRecords.MalformedCsvException e) {
                InboxRecord broken = new InboxRecord(file, e.recordNo(), null, e.getMessage());
                closeFile();
                return broken;
            }
        }
        return null;
    }

    private String[] nextRecord() {
        return records.next();
    }

    private void openFile() {
        file = files.get(index);
        try {
            records = new CsvRecords(inbox.resolve(file.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
        header = Header.of(file.kind(), records.next());
    }

    private void closeFile() {
        close();
        index++;
    }

    @Override
    public void update(ExecutionContext context) {
        if (index < files.size()) {
            context.putLong(FILE, files.get(index).id());
            context.putInt(RECORD, records == null ? 0 : records.recordNo());
        } else {
            context.putLong(FILE, -1);
            context.putInt(RECORD, 0);
        }
    }

    @Override
    public void close() {
        if (records != null) {
            try {
                records.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close " + file.path(), e);
            }
            records = null;
        }
    }
}
