package org.carepay.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;


import org.carepay.cli.Terminal;
import org.carepay.ingest.InboxListing.Entry;
import org.carepay.ingest.InboxStore.PriorFile;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1 of an ingest: registers every file of the inbox in the ingest order with its SHA-256, and
 * rejects at once what the bytes and the header alone condemn (INVALID_ENCODING, EMPTY_FILE,
 * MISSING_COLUMN) and what was taken in or rejected before (ALREADY_INGESTED, or the same rejection).
 * One transaction: a failed scan leaves nothing behind.
 */
class ScanInboxTasklet implements Tasklet {

    private final InboxStore store;
    private final IngestIds ingestIds;
    private final Terminal terminal;
    private final Path inbox;

    ScanInboxTasklet(InboxStore store, IngestIds ingestIds, Terminal terminal, Path inbox) {
        this.store = store;
        this.ingestIds = ingestIds;
        this.terminal = terminal;
        this.inbox = inbox;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long ingestId = ingestIds.of(chunkContext);
        List<Entry> entries = InboxListing.list(inbox);
        List<FileFacts> allFacts;
        try (Terminal.Progress progress = terminal.progress("scanning", entries.size(), "files")) {
            allFacts = hashed(entries, progress);
        }
        int seq = 0;
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries) {
            FileFacts facts = allFacts.get(seq);
            long id = store.register(ingestId, ++seq, entry.kind(), entry.path(), facts);
            InboxFile file = new InboxFile(id, ingestId, seq, entry.kind(), entry.path(), facts.sha256());
            if (seen.add(facts.sha256())) {
                judge(file, entry, facts);
            } else { // a second copy within this ingest: as the first, if that one is decided now; else at publish
                store.priorWith(facts.sha256()).ifPresent(prior -> Verdicts.repeat(store, file, prior));
            }
        }
        return RepeatStatus.FINISHED;
    }

    /** The files' facts, read on all cores: hashing is most of the scan. */
    private static List<FileFacts> hashed(List<Entry> entries, Terminal.Progress progress) throws IOException {
        AtomicLong files = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try {
            return entries.parallelStream().map(entry -> {
                try {
                    FileFacts facts = FileFacts.of(entry.file());
                    long read = bytes.addAndGet(Files.size(entry.file()));
                    progress.at(files.incrementAndGet(), String.format("%,d MB read", read / 1_000_000));
                    return facts;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Whether the file can be opened again by its name as text: a name whose bytes are not UTF-8 becomes, as
     * a Java string, one with replacement characters, which names no file (the load step could not open it).
     */
    private static boolean nameReadsBack(Entry entry) {
        return Files.exists(entry.file().resolveSibling(entry.file().getFileName().toString()));
    }

    private void judge(InboxFile file, Entry entry, FileFacts facts) throws IOException {
        PriorFile prior = store.priorWith(facts.sha256()).orElse(null);
        if (!nameReadsBack(entry)) {
            store.reject(file, "INVALID_ENCODING", InboxStore.NAME_NOT_UTF8);
        } else if (prior != null) {
            Verdicts.repeat(store, file, prior);
        } else if (!facts.validUtf8()) {
            store.reject(file, "INVALID_ENCODING", "the file is not valid UTF-8");
        } else if (facts.blank()) {
            store.reject(file, "EMPTY_FILE", "the file holds no header and no lines");
        } else {
            try (CsvRecords records = new CsvRecords(entry.file())) {
                Header header = Header.of(entry.kind(), records.next());
                if (!header.missing().isEmpty()) {
                    store.reject(file, "MISSING_COLUMN", "missing column(s): " + String.join(", ", header.missing()));
                }
            } catch (CsvRecords.MalformedCsvException e) {
                store.reject(file, "MISSING_COLUMN", "the header row's quoted field is never closed");
            }
        }
    }
}
