package org.carepay.corrections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carepay.rules.CarePackage;
import org.carepay.rules.ClientFacts;
import org.carepay.rules.HospitalStay;
import org.carepay.rules.Rates;
import org.carepay.rules.ScheduledPayment;

/**
 * Why a scheduled package-week is worth something else today, in words a provider reads on its remittance:
 * what today's facts say of the package and client in that week, and the paid days and amount now.
 */
public final class ScheduledChange {

    private ScheduledChange() {
    }

    /**
     * @param today        R3 of the package-week with today's data, empty when the package is not active in it
     * @param releasedDays the paid days of the week's released SCHEDULED line, null when it had none
     * @param released     what the released lines of the package-week add up to
     */
    public static String describe(CarePackage pkg, ClientFacts client, Rates rates, LocalDate week,
                                  Optional<ScheduledPayment> today, Integer releasedDays, BigDecimal released,
                                  String releasedRun) {
        LocalDate sunday = week.plusDays(6);
        List<String> causes = new ArrayList<>();
        if (client.dateOfDeath() != null && !client.dateOfDeath().isAfter(sunday)) {
            causes.add("client died on " + client.dateOfDeath());
        }
        if (pkg.endDate() != null && !pkg.endDate().isAfter(sunday)) {
            causes.add("package ended on " + pkg.endDate());
        }
        if (pkg.startDate().isAfter(week)) {
            causes.add("package starts on " + pkg.startDate());
        }
        for (LocalDate d = week; !d.isAfter(sunday); d = d.plusDays(1)) {
            Optional<HospitalStay> stay = client.stayOn(d);
            if (stay.isPresent()) {
                causes.add("in hospital " + stay.get().span());
                break;
            }
        }
        int daysToday = today.filter(ScheduledPayment::paid).map(ScheduledPayment::paidDays).orElse(0);
        if (causes.isEmpty() && releasedDays != null && releasedDays == daysToday) {
            causes.add(ratesOfTheWeek(pkg, rates, week));
        }
        String worth = today.filter(ScheduledPayment::paid).map(paid -> paid.amount().toPlainString()).orElse("0.00");
        List<String> effects = List.of(daysToday + " day" + (daysToday == 1 ? "" : "s") + " paid, " + worth
                + " in place of " + released.setScale(2).toPlainString());
        return Reasons.sentence(causes, releasedRun, effects);
    }

    /** "rate 812.00 to 2026-11-18, 840.00 from 2026-11-19": the rates of the week's days, as today's data has them. */
    private static String ratesOfTheWeek(CarePackage pkg, Rates rates, LocalDate week) {
        List<String> spans = new ArrayList<>();
        BigDecimal current = null;
        for (LocalDate d = week; d.isBefore(week.plusDays(7)); d = d.plusDays(1)) {
            BigDecimal rate = rates.rateOn(pkg, d).orElse(null);
            if (rate != null && (current == null || rate.compareTo(current) != 0)) {
                if (current != null) {
                    spans.set(spans.size() - 1, spans.get(spans.size() - 1) + " to " + d.minusDays(1));
                }
                spans.add(spans.isEmpty() ? rate.toPlainString() : rate + " from " + d);
                current = rate;
            }
        }
        return spans.isEmpty() ? "no rate" : (spans.size() == 1 ? "rate " + spans.get(0) + " for the week"
                : "rate " + String.join(", ", spans));
    }

    /** A package no longer in the packages snapshot is worth nothing. */
    public static String packageGone(String releasedRun, BigDecimal released) {
        return Reasons.sentence(List.of("package no longer in the packages snapshot"), releasedRun,
                List.of(released.setScale(2).toPlainString() + " recovered"));
    }
}
