package org.carepay.payments.homecare;

import java.time.LocalDate;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.payments.RunValuations;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Rates a return of the run's week with what the run values its weeks with ({@link RunValuations}). */
class ReturnRater implements ItemProcessor<ReturnFile, ReturnRows> {

    private final String runId;
    private final LocalDate week;
    private final RunValuations valuations;
    private final ReturnRating rating;

    ReturnRater(String runId, LocalDate week, RunValuations valuations, ReturnVisits visits) {
        this.runId = runId;
        this.week = week;
        this.valuations = valuations;
        this.rating = new ReturnRating(visits);
    }

    @Override
    public ReturnRows process(ReturnFile file) {
        return new ReturnRows(file, rating.rate(runId, week, file, valuations.of(runId)));
    }
}
