package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepay.rules.Fixtures.MON;
import static org.carepay.rules.Fixtures.SAT;
import static org.carepay.rules.Fixtures.SUN;
import static org.carepay.rules.Fixtures.TUE;
import static org.carepay.rules.Fixtures.WED;
import static org.carepay.rules.Fixtures.homecare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * R4's refusals, codes 2..12, one per line, the first that applies. The fixture rates: P01 DAY_CARE 58.50
 * from Tue 2026-11-17 (none before); P01 HOMECARE 25.20, 26.40 from Thu 2026-11-19.
 */
class InvoiceCheckerTest {

    private static final ClientFacts AT_HOME = ClientFacts.ALIVE_AT_HOME;

    /** K7: C1's day care at P01 paid on INVOICE, 5 sessions a week, framework rate, from 2026-01-05, open. */
    private final CarePackage k7 = homecare().id("K7").kind("DAY_CARE", "INVOICE").planned("5").build();

    private InvoiceChecker checker = new InvoiceChecker(Fixtures.rates());

    /**
     * Record n of invoices/P01-a.csv: INV-1 of P01 for C1 on K7, Tue 17 .. Sun 22 (6 days), 4 units at
     * 58.50 = 234.00. Plan: 4 × 7 = 28 ≤ 5 × 6 = 30.
     */
    private static Line line(int recordNo) {
        return new Line(recordNo);
    }

    private static final class Line {
        final int recordNo;
        String invoiceNo = "INV-1";
        String providerId = "P01";
        String clientId = "C1";
        String packageId = "K7";
        LocalDate from = TUE;
        LocalDate to = SUN;
        String units = "4";
        String unitRate = "58.50";
        String amount = "234.00";

        Line(int recordNo) {
            this.recordNo = recordNo;
        }

        Line invoice(String no) {
            invoiceNo = no;
            return this;
        }

        Line provider(String id) {
            providerId = id;
            return this;
        }

        Line client(String id) {
            clientId = id;
            return this;
        }

        Line pkg(String id) {
            packageId = id;
            return this;
        }

        Line period(LocalDate start, LocalDate end) {
            from = start;
            to = end;
            return this;
        }

        Line claims(String u, String rate, String amt) {
            units = u;
            unitRate = rate;
            amount = amt;
            return this;
        }

        Invoice build() {
            return new Invoice("invoices/P01-a.csv:" + recordNo, invoiceNo, providerId, LocalDate.of(2026, 11, 23),
                    clientId, packageId, from, to, new BigDecimal(units), new BigDecimal(unitRate),
                    new BigDecimal(amount));
        }
    }

    private InvoiceResult check(Line line) {
        return checker.check(line.build(), true, AT_HOME, k7);
    }

    private static void assertRefused(InvoiceResult result, ScheduledCode code) {
        assertThat(result.accepted()).isFalse();
        assertThat(result.refusal()).isEqualTo(code);
        assertThat(result.note().code()).isEqualTo(code);
        assertThat(result.note().code().severity()).isEqualTo(ScheduledCode.Severity.REFUSED);
    }

    @Test
    void anOrdinaryLineIsAccepted() {
        InvoiceResult result = check(line(2));
        assertThat(result.accepted()).isTrue();
        assertThat(result.refusal()).isNull();
        assertThat(result.note()).isNull();
    }

    @Test
    void order2UnknownProviderComesFirst() {
        // Provider, client and package all unknown, and the amount wrong too.
        assertRefused(checker.check(line(2).provider("P99").claims("4", "58.50", "1.00").build(), false, null, null),
                ScheduledCode.UNKNOWN_PROVIDER);
    }

    @Test
    void order3UnknownClientBeforeUnknownPackage() {
        assertRefused(checker.check(line(2).client("C99").build(), true, null, null), ScheduledCode.UNKNOWN_CLIENT);
    }

    @Test
    void order4UnknownPackage() {
        assertRefused(checker.check(line(2).pkg("K99").build(), true, AT_HOME, null), ScheduledCode.UNKNOWN_PACKAGE);
    }

    @Nested
    class Order5PackageMismatch {

        @Test
        void anotherClientsPackage() {
            assertRefused(check(line(2).client("C2")), ScheduledCode.PACKAGE_MISMATCH);
        }

        @Test
        void anotherProvidersPackage() {
            assertRefused(check(line(2).provider("P02")), ScheduledCode.PACKAGE_MISMATCH);
        }

        @Test
        void notPaidOnInvoice() {
            CarePackage planned = homecare().id("K7").kind("DAY_CARE", "PLANNED").planned("5").build();
            InvoiceResult result = checker.check(line(2).build(), true, AT_HOME, planned);
            assertRefused(result, ScheduledCode.PACKAGE_MISMATCH);
            assertThat(result.note().detail()).isEqualTo("package K7 is paid on PLANNED, not INVOICE");
        }

        @Test
        void beforeADuplicate() {
            assertThat(check(line(2)).accepted()).isTrue();
            assertRefused(check(line(3).client("C2")), ScheduledCode.PACKAGE_MISMATCH);
        }
    }

    @Nested
    class Order6DuplicateInvoice {

        @Test
        void theSameLineAgainInTheSameFile() {
            assertThat(check(line(2)).accepted()).isTrue();
            InvoiceResult again = check(line(3));
            assertRefused(again, ScheduledCode.DUPLICATE_INVOICE);
            assertThat(again.note().detail()).endsWith("invoices/P01-a.csv:2");
        }

        @Test
        void aLineAcceptedInAnEarlierFileOrRun() {
            checker = new InvoiceChecker(Fixtures.rates(), List.of(line(2).build()));
            assertRefused(check(line(2)), ScheduledCode.DUPLICATE_INVOICE);
        }

        @Test
        void comesBeforeTheLaterChecks() {
            assertThat(check(line(2)).accepted()).isTrue();
            // Also a wrong amount (12) and not a day of the package (8): still 6.
            CarePackage ended = homecare().id("K7").kind("DAY_CARE", "INVOICE").planned("5")
                    .dates(LocalDate.of(2026, 1, 5), SAT).build();
            assertRefused(checker.check(line(3).claims("4", "58.50", "1.00").build(), true, AT_HOME, ended),
                    ScheduledCode.DUPLICATE_INVOICE);
        }

        @Test
        void aRefusedLineDoesNotMakeADuplicate() {
            assertRefused(check(line(2).claims("4", "58.50", "234.01")), ScheduledCode.AMOUNT_MISMATCH);
            assertThat(check(line(3)).accepted()).isTrue();
        }

        @Test
        void anotherPeriodOfTheSameInvoiceIsNotADuplicate() {
            assertThat(check(line(2)).accepted()).isTrue();
            // Mon 23 .. Sun 29, 7 days: 5 × 58.50 = 292.50; plan 5 × 7 = 35 ≤ 5 × 7
            assertThat(check(line(3).period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29))
                    .claims("5", "58.50", "292.50")).accepted()).isTrue();
        }

        @Test
        void anOverlappingPeriodOfTheSameInvoiceIsNeitherCode() {
            // Tue 17 .. Sat 21 on INV-1 again: not the same period (6), not another invoice (7).
            assertThat(check(line(2)).accepted()).isTrue();
            assertThat(check(line(3).period(TUE, SAT).claims("1", "58.50", "58.50")).accepted()).isTrue();
        }
    }

    @Nested
    class Order7OverlappingInvoice {

        @Test
        void anotherInvoiceSharingOneDay() {
            assertThat(check(line(2)).accepted()).isTrue();
            // INV-2 Sun 22 .. Sat 28 shares Sun 22 with INV-1.
            InvoiceResult result = check(line(3).invoice("INV-2").period(SUN, LocalDate.of(2026, 11, 28)));
            assertRefused(result, ScheduledCode.OVERLAPPING_INVOICE);
            assertThat(result.note().detail()).isEqualTo("invoice INV-1 already claims 2026-11-17..2026-11-22: "
                    + "invoices/P01-a.csv:2");
        }

        @Test
        void theNextPeriodIsFine() {
            assertThat(check(line(2)).accepted()).isTrue();
            assertThat(check(line(3).invoice("INV-2").period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 28)))
                    .accepted()).isTrue(); // Mon 23 .. Sat 28, 6 days, as line 2
        }

        @Test
        void anotherPackageIsFine() {
            assertThat(check(line(2)).accepted()).isTrue();
            CarePackage k8 = homecare().id("K8").kind("DAY_CARE", "INVOICE").planned("5").build();
            assertThat(checker.check(line(3).invoice("INV-2").pkg("K8").build(), true, AT_HOME, k8).accepted())
                    .isTrue();
        }

        @Test
        void fromAnEarlierRunAndBeforeOutsidePackageDates() {
            checker = new InvoiceChecker(Fixtures.rates(), List.of(line(2).build()));
            ClientFacts diedFriday = new ClientFacts(LocalDate.of(2026, 11, 20), List.of());
            assertRefused(checker.check(line(5).invoice("INV-9").build(), true, diedFriday, k7),
                    ScheduledCode.OVERLAPPING_INVOICE);
        }
    }

    @Nested
    class Order8OutsidePackageDates {

        @Test
        void thePackageEndsBeforeThePeriodDoes() {
            CarePackage endsSat = homecare().id("K7").kind("DAY_CARE", "INVOICE").planned("5")
                    .dates(LocalDate.of(2026, 1, 5), SAT).build();
            assertRefused(checker.check(line(2).build(), true, AT_HOME, endsSat), ScheduledCode.OUTSIDE_PACKAGE_DATES);
        }

        @Test
        void thePackageStartsAfterThePeriodDoes() {
            CarePackage startsWed = homecare().id("K7").kind("DAY_CARE", "INVOICE").planned("5").dates(WED, null)
                    .build();
            assertRefused(checker.check(line(2).build(), true, AT_HOME, startsWed),
                    ScheduledCode.OUTSIDE_PACKAGE_DATES);
        }

        @Test
        void theClientDiedWithinThePeriod() {
            // Died Sat 21: Sun 22 is not alive. Died Sun 22: alive every day (d ≤ date of death).
            assertRefused(checker.check(line(2).build(), true, new ClientFacts(SAT, List.of()), k7),
                    ScheduledCode.OUTSIDE_PACKAGE_DATES);
            assertThat(checker.check(line(3).build(), true, new ClientFacts(SUN, List.of()), k7).accepted()).isTrue();
        }

        @Test
        void hospitalDaysDoNotMatter() {
            ClientFacts inHospital = new ClientFacts(null, List.of(new HospitalStay(MON, null)));
            assertThat(checker.check(line(2).build(), true, inHospital, k7).accepted()).isTrue();
        }

        @Test
        void beforeNoRate() {
            // Mon 16 .. Sun 22 has no rate on Mon, but the package ends on Sat.
            CarePackage endsSat = homecare().id("K7").kind("DAY_CARE", "INVOICE").planned("5")
                    .dates(LocalDate.of(2026, 1, 5), SAT).build();
            assertRefused(checker.check(line(2).period(MON, SUN).build(), true, AT_HOME, endsSat),
                    ScheduledCode.OUTSIDE_PACKAGE_DATES);
        }
    }

    @Test
    void order9NoRateOnPeriodStart() {
        // DAY_CARE has a rate only from Tue 17; the period starts on Mon 16. Also a unit_rate that would
        // differ and too many units: still 9.
        assertRefused(check(line(2).period(MON, SUN).claims("40", "1.00", "40.00")), ScheduledCode.NO_RATE);
    }

    @Nested
    class Order10RateMismatch {

        @Test
        void aDifferentUnitRate() {
            // 4 × 58.00 = 232.00, a right amount at the wrong rate.
            assertRefused(check(line(2).claims("4", "58.00", "232.00")), ScheduledCode.RATE_MISMATCH);
        }

        @Test
        void theSameRateWrittenDifferently() {
            assertThat(check(line(2).claims("4", "58.5", "234")).accepted()).isTrue();
        }

        @Test
        void periodStartPricesTheWholePeriod() {
            // K9 HOMECARE on INVOICE, 10.5 hours a week; the uplift to 26.40 is on Thu 19.
            // Tue 17 .. Sun 22 (6 days): 9 hours × 25.20 = 226.80; plan 9 × 7 = 63 ≤ 10.5 × 6 = 63 (equal is fine).
            CarePackage k9 = homecare().id("K9").kind("HOMECARE", "INVOICE").build();
            assertThat(checker.check(line(2).pkg("K9").claims("9", "25.20", "226.80").build(), true, AT_HOME, k9)
                    .accepted()).isTrue();
            // INV-2 for the next week, Mon 23 .. Sun 29, is priced at 26.40: 10 × 26.40 = 264.00;
            // plan 10 × 7 = 70 ≤ 10.5 × 7 = 73.5.
            assertThat(checker.check(line(3).invoice("INV-2").pkg("K9").period(LocalDate.of(2026, 11, 23),
                    LocalDate.of(2026, 11, 29)).claims("10", "26.40", "264.00").build(), true, AT_HOME, k9)
                    .accepted()).isTrue();
        }

        @Test
        void theRateOnPeriodStartNotAfterAnUpliftInThePeriod() {
            CarePackage k9 = homecare().id("K9").kind("HOMECARE", "INVOICE").build();
            // Tue 17 .. Sun 22 at 26.40 (the rate from Thu 19): 9 × 26.40 = 237.60, but Tue's rate is 25.20.
            assertRefused(checker.check(line(2).pkg("K9").claims("9", "26.40", "237.60").build(), true, AT_HOME, k9),
                    ScheduledCode.RATE_MISMATCH);
            // A package's own unit_rate is the rate: 30.00 × 9 = 270.00
            CarePackage own = homecare().id("K9").kind("HOMECARE", "INVOICE").ownRate("30.00").build();
            assertThat(checker.check(line(3).pkg("K9").claims("9", "30.00", "270.00").build(), true, AT_HOME, own)
                    .accepted()).isTrue();
        }
    }

    @Nested
    class Order11AmountMismatch {

        @Test
        void roundedHalfUpToThePenny() {
            // 0.33 × 58.50 = 19.305 → 19.31
            assertThat(check(line(2).claims("0.33", "58.50", "19.31")).accepted()).isTrue();
            assertRefused(check(line(3).invoice("INV-2").period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 28))
                    .claims("0.33", "58.50", "19.30")), ScheduledCode.AMOUNT_MISMATCH);
        }

        @Test
        void beforeUnitsExceedPlan() {
            // 10 units over 6 days is above the plan (70 > 30), and 10 × 58.50 = 585.00, not 580.00.
            assertRefused(check(line(2).claims("10", "58.50", "580.00")), ScheduledCode.AMOUNT_MISMATCH);
        }
    }

    @Nested
    class Order12UnitsExceedPlan {

        @Test
        void computedExactlyNotRounded() {
            // 5 a week over 6 days: the plan is 30 / 7 = 4.2857… units.
            // 4.28: 4.28 × 7 = 29.96 ≤ 30, accepted; 4.28 × 58.50 = 234 + 16.38 = 250.38.
            assertThat(check(line(2).claims("4.28", "58.50", "250.38")).accepted()).isTrue();
            // 4.29: 30.03 > 30, refused (a plan rounded to 4.29 would let it through); 4.29 × 58.50 = 250.965 → 250.97.
            assertRefused(check(line(3).invoice("INV-2").period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 28))
                    .claims("4.29", "58.50", "250.97")), ScheduledCode.UNITS_EXCEED_PLAN);
        }

        @Test
        void aOneDayPeriod() {
            // Wed only: 5 / 7 = 0.714…; 0.71 × 7 = 4.97 ≤ 5 fine (0.71 × 58.50 = 41.535 → 41.54); 1 × 7 = 7 > 5 not.
            assertThat(check(line(2).period(WED, WED).claims("0.71", "58.50", "41.54")).accepted()).isTrue();
            assertRefused(check(line(3).invoice("INV-2").period(SAT, SAT).claims("1", "58.50", "58.50")),
                    ScheduledCode.UNITS_EXCEED_PLAN);
        }
    }

    @Test
    void aPackageOfAnotherIdIsACallersBug() {
        CarePackage k8 = homecare().id("K8").kind("DAY_CARE", "INVOICE").planned("5").build();
        assertThatThrownBy(() -> checker.check(line(2).build(), true, AT_HOME, k8))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedLineIsACallersBug() {
        assertThatThrownBy(() -> line(2).period(SUN, SAT).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(2).claims("0", "58.50", "0.00").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(2).claims("-4", "58.50", "-234.00").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
