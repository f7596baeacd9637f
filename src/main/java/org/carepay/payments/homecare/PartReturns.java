package org.carepay.payments.homecare;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The returns of one part of a homecare run's rating, one item each. Spring Batch counts what it has read
 * in the step's context, so a part restarted after a failure carries on after its last committed return.
 */
class PartReturns extends AbstractItemCountingItemStreamItemReader<ReturnFile> {

    private final LocalDate week;
    private final List<Long> fileIds;
    private final ReturnVisits visits;
    private Iterator<ReturnFile> returns;

    PartReturns(LocalDate week, String fileIds, ReturnVisits visits) {
        this.week = week;
        this.fileIds = fileIds.isEmpty() ? List.of() : Arrays.stream(fileIds.split(",")).map(Long::valueOf).toList();
        this.visits = visits;
        setName("partReturns");
    }

    @Override
    protected void doOpen() {
        returns = visits.returnsAmong(week, fileIds).iterator();
    }

    @Override
    protected ReturnFile doRead() {
        return returns.hasNext() ? returns.next() : null;
    }

    @Override
    protected void doClose() {
        returns = null;
    }
}
