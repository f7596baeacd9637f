package org.carepay.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.carepay.ingest.format.InboxKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the records of every file the scan left PENDING, file after file in the ingest order, in
 * blocks of up to {@link #BLOCK_SIZE} records of one file. A second copy of the same bytes within one
 * ingest is not read: it is judged when the first copy is published.
 * <p>
 * The CSV is parsed one step ahead on a thread of its own, so that parsing the next chunk overlaps
 * with the database storing this one; at most {@link #AHEAD} blocks wait in memory. Its place (the
 * file and the last record handed out) is saved with every chunk, so a restart carries on after the
 * last committed chunk.
 */
class InboxRecordReader implements ItemStreamReader<RecordBlock>, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(InboxRecordReader.class);

    static final int BLOCK_SIZE = 1_000;
    private static final int AHEAD = 16;
    private static final String FILE = "inbox.file";
    private static final String RECORD = "inbox.record";
    private static final Object END = new Object();

    private final InboxStore store;
    private final IngestIds ingestIds;
    private final Path inbox;
    private long ingestId;
    private List<InboxFile> files;
    private BlockingQueue<Object> blocks;
    private Thread parser;
    private long nextFileId;
    private int recordsDone;

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
        // Files are registered in the ingest order, so their ids ascend in it: those before the saved place were read.
        long saved = context.containsKey(FILE) ? context.getLong(FILE) : 0;
        long resumeAt = saved == -1 ? Long.MAX_VALUE : saved; // -1: every file was read
        files = firstCopies(present(store.pending(ingestId), resumeAt)).stream()
                .filter(file -> file.id() >= resumeAt).toList();
        boolean sameFile = !files.isEmpty() && files.get(0).id() == resumeAt;
        recordsDone = sameFile ? context.getInt(RECORD) : 0;
        nextFileId = files.isEmpty() ? -1 : files.get(0).id();
        blocks = new ArrayBlockingQueue<>(AHEAD);
        int skip = recordsDone;
        parser = new Thread(() -> parse(skip), "inbox-parser");
        parser.setDaemon(true);
        parser.start();
    }

    /**
     * The pending files, less those still to be read that left the inbox since the scan (an operator moved one
     * away before restarting a failed ingest): they are marked GONE and the others taken in. A later copy of the
     * same bytes is then the one read.
     */
    private List<InboxFile> present(List<InboxFile> pending, long resumeAt) {
        List<InboxFile> present = new ArrayList<>();
        for (InboxFile file : pending) {
            if (file.id() >= resumeAt && !Files.isRegularFile(inbox.resolve(file.path()))) {
                store.gone(file);
                LOG.warn("{} left the inbox after the scan: nothing of it is taken in", file.path());
            } else {
                present.add(file);
            }
        }
        return present;
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

    /** The parsing thread: every block from the saved place on, then END (or the failure). */
    private void parse(int skipRecords) {
        try {
            for (int i = 0; i < files.size(); i++) {
                parseFile(files.get(i), i == 0 ? skipRecords : 0, i + 1 < files.size() ? files.get(i + 1) : null);
            }
            blocks.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: nobody waits for the rest
        } catch (RuntimeException e) {
            blocks.offer(e);
        }
    }

    private void parseFile(InboxFile file, int skipRecords, InboxFile next) throws InterruptedException {
        try (CsvRecords records = new CsvRecords(inbox.resolve(file.path()))) {
            Header header = Header.of(file.kind(), records.next());
            while (records.recordNo() < skipRecords && records.next() != null) {
                // already written by a committed chunk
            }
            boolean more = true;
            while (more) {
                List<RecordBlock.Record> block = new ArrayList<>(BLOCK_SIZE);
                more = readBlock(records, header, file.kind(), block);
                if (!block.isEmpty() || !more) {
                    blocks.put(new RecordBlock(file, block, more ? file : next));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    /** Reads up to BLOCK_SIZE records into block; answers whether the file has more. */
    private static boolean readBlock(CsvRecords records, Header header, InboxKind kind,
                                     List<RecordBlock.Record> block) {
        try {
            while (block.size() < BLOCK_SIZE) {
                String[] record = records.next();
                if (record == null) {
                    return false;
                }
                String[] values = header.arrange(record);
                block.add(values == null ? new RecordBlock.Record(records.recordNo(), null, "the record has "
                        + record.length + " fields, the header " + header.width())
                        : RecordBlock.Record.of(records.recordNo(), values, kind));
            }
            return true;
        } catch (CsvRecords.MalformedCsvException e) {
            block.add(new RecordBlock.Record(e.recordNo(), null, e.getMessage()));
            return false;
        }
    }

    @Override
    public RecordBlock read() throws InterruptedException {
        while (true) {
            Object next = blocks.take();
            if (next == END) {
                blocks.put(END);
                return null;
            }
            if (next instanceof RuntimeException failure) {
                throw failure;
            }
            RecordBlock block = (RecordBlock) next;
            boolean fileEnds = block.then() != block.file();
            nextFileId = fileEnds ? (block.then() == null ? -1 : block.then().id()) : block.file().id();
            recordsDone = fileEnds ? 0 : block.records().get(block.records().size() - 1).recordNo();
            if (!block.records().isEmpty()) {
                return block;
            }
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(FILE, nextFileId);
        context.putInt(RECORD, recordsDone);
    }

    @Override
    public void close() {
        if (parser != null) {
            parser.interrupt();
            try {
                parser.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ItemStreamException("interrupted while closing the inbox reader", e);
            }
            parser = null;
        }
    }
}
