package org.carepay.payments.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the QA report shows beside R8's flags, for the people who approve: the providers' names, the exceptions by
 * code with their value, the run's trend, and the homecare providers paid last week that sent no return this week.
 *
 * @param providerNames   by provider id, from the snapshot the run read
 * @param earlierRuns     the run totals of the last released runs of its kind, oldest first
 * @param missingReturns  provider ids, in code point order
 */
public record ReviewDetails(Map<String, String> providerNames, List<ExceptionTotal> exceptions,
                            List<WeekTotal> earlierRuns, List<String> missingReturns) {

    /** What a released run of the kind paid for its week. */
    public record WeekTotal(LocalDate weekStart, BigDecimal total) {
    }

    static ReviewDetails none() {
        return new ReviewDetails(Map.of(), List.of(), List.of(), List.of());
    }

    String name(String providerId) {
        return providerNames.getOrDefault(providerId, "");
    }
}
