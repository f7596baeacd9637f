package org.carepay.payments.homecare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.ledger.RunLedger;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the returns a homecare run recorded into parts of about as many lines each, in provider order: a
 * part is a run of consecutive providers, its returns named in its context. The parts' names are the same at
 * a restart, which runs again only the parts that did not complete.
 */
class ReturnPartitioner implements Partitioner {

    /** The part's returns: their file ids, in provider order, comma-separated. */
    static final String RETURNS = "returns";

    private final String runId;
    private final LocalDate week;
    private final RunLedger ledger;
    private final ReturnVisits visits;

    ReturnPartitioner(String runId, LocalDate week, RunLedger ledger, ReturnVisits visits) {
        this.runId = runId;
        this.week = week;
        this.ledger = ledger;
        this.visits = visits;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<ReturnFile> returns = recordedReturns();
        Map<Long, Integer> lines = visits.linesOf(week, returns);
        long total = lines.values().stream().mapToLong(Integer::longValue).sum();
        int most = Math.max(1, Math.min(gridSize, returns.size()));
        List<String> parts = new ArrayList<>();
        StringJoiner part = new StringJoiner(",");
        long linesSoFar = 0;
        for (ReturnFile file : returns) {
            part.add(Long.toString(file.id()));
            linesSoFar += lines.getOrDefault(file.id(), 0);
            // Part k of n ends once the lines so far reach k/n of them all; the last part takes the rest.
            if (parts.size() < most - 1 && linesSoFar * most >= total * (parts.size() + 1)) {
                parts.add(part.toString());
                part = new StringJoiner(",");
            }
        }
        if (part.length() > 0 || parts.isEmpty()) {
            parts.add(part.toString());
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(RETURNS, parts.get(i));
            partitions.put("part" + (i + 1) + "of" + parts.size(), context);
        }
        return partitions;
    }

    /** The week's current returns, which must still be the ones the run recorded when its rating started. */
    private List<ReturnFile> recordedReturns() {
        Set<Long> inputs = new HashSet<>(ledger.inputIds(runId));
        List<ReturnFile> current = visits.returnsOf(week);
        List<ReturnFile> recorded = current.stream().filter(file -> inputs.contains(file.id())).toList();
        if (recorded.size() != current.size()) {
            throw new IllegalStateException("a provider return of week " + week + " was taken in after run " + runId
                    + " started rating it (files " + current.stream().filter(file -> !inputs.contains(file.id()))
                    .map(ReturnFile::path).collect(Collectors.joining(", ")) + "); propose the week again");
        }
        return recorded;
    }

}
