package org.carepay.payments.homecare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.ledger.RunRows;
import org.carepay.ledger.RunRows.Source;
import org.carepay.rules.CarePackage;
import org.carepay.rules.Note;
import org.carepay.rules.PaidVisit;
import org.carepay.rules.RatedReturn;
import org.carepay.rules.Visit;
import org.carepay.rules.VisitCode;
import org.carepay.rules.VisitResult;
import org.carepay.valuation.WeekValuation;

/**
 * R1 and R2 for one provider return of the run's week: its visits rated with the pure rules in record order,
 * then the weekly cap package by package, as the run's payment lines and exceptions.
 */
final class ReturnRating {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final ReturnVisits visits;

    ReturnRating(ReturnVisits visits) {
        this.visits = visits;
    }

    RunRows rate(String runId, LocalDate week, ReturnFile file, WeekValuation valuation) {
        RunRows rows = new RunRows(runId);
        RatedReturn rated = valuation.homecare(week, visits.of(file));
        for (VisitResult refused : rated.refused()) {
            exception(rows, refused.visit(), refused.notes().get(0), null);
        }
        rated.paidByPackage().forEach((packageId, paidVisits) -> {
            CarePackage pkg = valuation.facts().packages().get(packageId);
            for (PaidVisit paid : paidVisits) {
                Visit visit = paid.result().visit();
                rows.visit(visit, pkg.serviceType(), source(visit), BigDecimal.valueOf(paid.carerMinutesPaid()),
                        paid.amount());
                for (Note note : paid.notes()) {
                    exception(rows, visit, note, amountNotPaid(paid.result(), note));
                }
            }
        });
        return rows;
    }

    private static void exception(RunRows rows, Visit visit, Note note, BigDecimal amountNotPaid) {
        rows.exception(note.code().name(), note.code().severity(), visit.providerId(), visit.clientId(),
                visit.packageId(), source(visit), visit.visitDate().toString(), note.detail(), amountNotPaid);
    }

    /**
     * What an INFO note left unpaid, at the visit's rate: SHORT_VISIT and OVER_DELIVERY count minutes of
     * each paid carer, CARERS_EXCEED_PLAN and WEEKLY_CAP_EXCEEDED carer-minutes.
     */
    private static BigDecimal amountNotPaid(VisitResult result, Note note) {
        if (note.minutesNotPaid() == null) {
            return null;
        }
        boolean perCarer = note.code() == VisitCode.SHORT_VISIT || note.code() == VisitCode.OVER_DELIVERY;
        long carerMinutes = (long) note.minutesNotPaid() * (perCarer ? result.paidCarers() : 1);
        return BigDecimal.valueOf(carerMinutes).multiply(result.hourlyRate())
                .divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    private static Source source(Visit visit) {
        String path = visit.source().substring(0, visit.source().lastIndexOf(':'));
        return new Source(path, visit.recordNo());
    }
}
