package org.carepay.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carepay.rules.CarePackage;
import org.carepay.rules.ClientFacts;
import org.carepay.rules.FrameworkRate;
import org.carepay.rules.Rates;
import org.carepay.rules.ScheduledPayment;
import org.carepay.rules.ScheduledPolicy;
import org.carepay.rules.ContributionHistory;
import org.junit.jupiter.api.Test;

/** The words a provider reads on its remittance (and a family on its statement) for a correction. */
class CorrectionReasonsTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    private static final CarePackage HOME = new CarePackage("PK1", "C1", "P04", "RESIDENTIAL", "PLANNED",
            LocalDate.of(2025, 1, 6), null, BigDecimal.ONE, null, 1, "GROSS", "COUNCIL", 0, true);
    private static final Rates RATES = new Rates(List.of(
            new FrameworkRate("P04", "RESIDENTIAL", LocalDate.of(2026, 4, 6), new BigDecimal("812.00")),
            new FrameworkRate("P04", "RESIDENTIAL", LocalDate.of(2026, 11, 19), new BigDecimal("840.00"))));

    @Test
    void aBackDatedUpliftNamesTheRatesOfTheWeek() {
        ScheduledPayment today = ScheduledPayment.of(HOME, WEEK, ClientFacts.ALIVE_AT_HOME, RATES,
                ContributionHistory.NONE, new ScheduledPolicy(3, 42)).orElseThrow();
        assertThat(ScheduledChange.describe(HOME, ClientFacts.ALIVE_AT_HOME, RATES, WEEK, Optional.of(today), 7,
                new BigDecimal("812.00"), "SP-1")).isEqualTo("rate 812.00 to 2026-11-18, 840.00 from 2026-11-19,"
                + " notified after SP-1 was released: 7 days paid, 828.00 in place of 812.00");
    }

    @Test
    void aDeathNamesTheDateAndThePaidDays() {
        // Alive 16-17 Nov, grace 18-20 Nov: 3 days at 812.00 and 2 at 840.00, 4116 / 7 = 588.00.
        ClientFacts died = new ClientFacts(LocalDate.of(2026, 11, 17), List.of());
        ScheduledPayment today = ScheduledPayment.of(HOME, WEEK, died, RATES, ContributionHistory.NONE,
                new ScheduledPolicy(3, 42)).orElseThrow();
        assertThat(ScheduledChange.describe(HOME, died, RATES, WEEK, Optional.of(today), 7, new BigDecimal("812.00"),
                "SP-1")).isEqualTo("client died on 2026-11-17, notified after SP-1 was released: 5 days paid, 588.00"
                + " in place of 812.00");
    }

    @Test
    void aPackageGoneIsRecoveredWhole() {
        assertThat(ScheduledChange.packageGone("SP-1", new BigDecimal("812"))).isEqualTo("package no longer in the"
                + " packages snapshot, notified after SP-1 was released: 812.00 recovered");
    }

    @Test
    void nothingToSayIsSaidPlainly() {
        assertThat(Reasons.sentence(List.of(), "HC-1", List.of())).isEqualTo("worked out again with today's data,"
                + " notified after HC-1 was released");
        Map<String, BigDecimal> none = new LinkedHashMap<>();
        assertThat(VisitChanges.describe("PK1", none, null, "HC-1")).isEqualTo("worked out again with today's"
                + " data, notified after HC-1 was released");
    }
}
