package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepay.rules.Fixtures.FRI;
import static org.carepay.rules.Fixtures.MON;
import static org.carepay.rules.Fixtures.SAT;
import static org.carepay.rules.Fixtures.SUN;
import static org.carepay.rules.Fixtures.THU;
import static org.carepay.rules.Fixtures.TUE;
import static org.carepay.rules.Fixtures.WEEK;
import static org.carepay.rules.Fixtures.WED;
import static org.carepay.rules.Fixtures.homecare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** R3: scheduled amounts of PLANNED packages, week 2026-11-16 (Mon 16 .. Sun 22) unless said. */
class ScheduledPaymentTest {

    private static final Rates RATES = new Rates(List.of(
            Fixtures.rate("P01", "DAY_CARE", "2026-11-17", "58.50"), // none on Monday 16
            Fixtures.rate("P05", "RESIDENTIAL", "2026-04-06", "700.00"),
            Fixtures.rate("P05", "RESIDENTIAL", "2026-11-19", "735.00"))); // uplift on Thursday

    private static final ClientFacts AT_HOME = ClientFacts.ALIVE_AT_HOME;

    /** K2: C1's care home at P05, PLANNED, WEEK unit (1 a week), own rate 700.00, from 2026-01-05, open. */
    private static Fixtures.PackageRow careHome() {
        return homecare().id("K2").provider("P05").kind("RESIDENTIAL", "PLANNED").planned("1").ownRate("700.00");
    }

    /** K3: C1's day care at P01, PLANNED, 5 sessions a week at an own rate of 60.00 (value 300.00 a week). */
    private static Fixtures.PackageRow dayCare() {
        return homecare().id("K3").kind("DAY_CARE", "PLANNED").planned("5").ownRate("60.00");
    }

    private static ClientFacts inHospital(LocalDate admitted, LocalDate discharged) {
        return new ClientFacts(null, List.of(new HospitalStay(admitted, discharged)));
    }

    private static ClientFacts died(LocalDate on) {
        return new ClientFacts(on, List.of());
    }

    private static ScheduledPayment pay(CarePackage pkg, LocalDate week, ClientFacts client,
            ContributionHistory contributions) {
        return ScheduledPayment.of(pkg, week, client, RATES, contributions, ScheduledPolicy.DEFAULT).orElseThrow();
    }

    private static ScheduledPayment pay(CarePackage pkg, ClientFacts client) {
        return pay(pkg, WEEK, client, ContributionHistory.NONE);
    }

    private static void assertLine(ScheduledPayment p, int paidDays, String amount) {
        assertThat(p.paid()).isTrue();
        assertThat(p.refusal()).isNull();
        assertThat(p.paidDays()).isEqualTo(paidDays);
        assertThat(p.amount()).isEqualByComparingTo(amount);
        assertThat(p.amount().scale()).isEqualTo(2);
        assertThat(p.amount().toPlainString()).isEqualTo(amount);
    }

    @Test
    void aWholeWeekInTheHomeIsTheWeeklyValue() {
        ScheduledPayment p = pay(careHome().build(), AT_HOME);
        assertLine(p, 7, "700.00"); // 7 × 700.00 / 7
        assertThat(p.notes()).isEmpty();
        assertThat(p.weekStart()).isEqualTo(WEEK);
    }

    @Nested
    class HospitalRetainer {

        @Test
        void day42IsPaidAndDay43IsNot() {
            // Admitted Fri 2026-10-09: Oct 9 → Oct 31 is 22 days, → Fri Nov 20 is 22 + 20 = 42.
            // Mon..Fri are days 38..42, paid; Sat 21 (43) and Sun 22 (44) are not.
            ScheduledPayment p = pay(careHome().build(), inHospital(LocalDate.of(2026, 10, 9), null));
            assertLine(p, 5, "500.00"); // 5 × 700.00 / 7 = 3500 / 7
            assertThat(p.notes()).singleElement().satisfies(note -> {
                assertThat(note.code()).isEqualTo(ScheduledCode.RETAINER_EXPIRED);
                assertThat(note.code().severity()).isEqualTo(ScheduledCode.Severity.INFO);
                assertThat(note.serviceDate()).isEqualTo(SAT); // the first unpaid day, once for the week
            });
        }

        @Test
        void theSpecificationsExampleAdmittedOn1March() {
            // 2026-04-06 is a Monday (the billing anchor). 1 March → 31 March is 30 days, → 12 April 42.
            ClientFacts client = inHospital(LocalDate.of(2026, 3, 1), null);
            ScheduledPayment weekTo12April = pay(careHome().build(), LocalDate.of(2026, 4, 6), client,
                    ContributionHistory.NONE);
            assertLine(weekTo12April, 7, "700.00"); // days 36..42, all paid
            assertThat(weekTo12April.notes()).isEmpty();

            ScheduledPayment weekFrom13April = pay(careHome().build(), LocalDate.of(2026, 4, 13), client,
                    ContributionHistory.NONE);
            assertLine(weekFrom13April, 0, "0.00"); // days 43..49: a line with nothing paid, to show why
            assertThat(weekFrom13April.notes()).singleElement()
                    .satisfies(note -> assertThat(note.serviceDate()).isEqualTo(LocalDate.of(2026, 4, 13)));
        }

        @Test
        void overlappingAbsencesCountFromTheEarliestAdmission() {
            // Oct 9..Oct 25 and Oct 25..open share Oct 25: one stay from Oct 9, so Sat 21 is day 43 again
            // (from Oct 25 alone it would be day 27 and paid).
            ClientFacts client = new ClientFacts(null, List.of(
                    new HospitalStay(LocalDate.of(2026, 10, 25), null),
                    new HospitalStay(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 25))));
            assertLine(pay(careHome().build(), client), 5, "500.00");
        }

        @Test
        void nursingIsLikeResidential() {
            CarePackage nursing = careHome().kind("NURSING", "PLANNED").build();
            assertLine(pay(nursing, inHospital(LocalDate.of(2026, 10, 9), null)), 5, "500.00");
        }
    }

    @Nested
    class DeathGrace {

        @Test
        void aCareHomeIsPaidThreeDaysAfterDeath() {
            // Died Mon 16: Mon alive; Tue, Wed, Thu are 1, 2, 3 days after, paid; Fri is day 4, not.
            ScheduledPayment p = pay(careHome().build(), died(MON));
            assertLine(p, 4, "400.00"); // 4 × 700.00 / 7 = 2800 / 7
            assertThat(p.notes()).isEmpty();
        }

        @Test
        void dayCareStopsOnTheDayOfDeath() {
            // Only Mon (d ≤ date of death): 300.00 / 7 = 42.857… → 42.86
            assertLine(pay(dayCare().build(), died(MON)), 1, "42.86");
        }

        @Test
        void aDeathBeforeTheWeekOfAnActivePackageGivesAZeroLine() {
            // Died Sun 8 Nov: Mon 16 is 8 days after, no grace left; the package is still active.
            assertLine(pay(careHome().build(), died(LocalDate.of(2026, 11, 8))), 0, "0.00");
        }
    }

    @Nested
    class InHospitalByServiceType {

        /** Admitted Tue 17, discharged Fri 20: in hospital on Wed 18 and Thu 19 only. */
        private final ClientFacts twoNights = inHospital(TUE, FRI);

        @Test
        void dayCareIsNotPaidForHospitalDays() {
            // Mon, Tue, Fri, Sat, Sun: 5 × 300.00 / 7 = 1500 / 7 = 214.2857… → 214.29
            assertLine(pay(dayCare().build(), twoNights), 5, "214.29");
        }

        @Test
        void supportedLivingAndPlannedHomecareLikewise() {
            assertLine(pay(dayCare().kind("SUPPORTED_LIVING", "PLANNED").build(), twoNights), 5, "214.29");
            assertLine(pay(dayCare().kind("HOMECARE", "PLANNED").build(), twoNights), 5, "214.29");
        }

        @Test
        void isfAndDirectPaymentKeepFlowing() {
            // 350.00 a week, all 7 days: 7 × 350.00 / 7
            CarePackage isf = homecare().id("K4").kind("ISF", "PLANNED").planned("1").ownRate("350.00").build();
            CarePackage dp = homecare().id("K5").kind("DIRECT_PAYMENT", "PLANNED").planned("1").ownRate("350.00")
                    .build();
            assertLine(pay(isf, twoNights), 7, "350.00");
            assertLine(pay(dp, twoNights), 7, "350.00");
        }

        @Test
        void isfStopsAtDeathWithNoGrace() {
            CarePackage isf = homecare().id("K4").kind("ISF", "PLANNED").planned("1").ownRate("350.00").build();
            // Died Tue 17: Mon, Tue paid: 2 × 350.00 / 7 = 100.00
            assertLine(pay(isf, died(TUE)), 2, "100.00");
        }

        @Test
        void aCareHomeKeepsThePlaceWithinTheRetainer() {
            assertLine(pay(careHome().build(), twoNights), 7, "700.00");
        }

        @Test
        void dayCareInHospitalAllWeekIsAZeroLine() {
            // Admitted Sun 15, still in: in hospital Mon..Sun.
            ScheduledPayment p = pay(dayCare().build(), inHospital(LocalDate.of(2026, 11, 15), null));
            assertLine(p, 0, "0.00");
            assertThat(p.notes()).isEmpty(); // RETAINER_EXPIRED is for care homes only
        }
    }

    @Test
    void aMidWeekUpliftPricesEachDay() {
        // Framework: 700.00, 735.00 from Thu. Mon..Wed 3 × 700 = 2100; Thu..Sun 4 × 735 = 2940;
        // (2100 + 2940) / 7 = 5040 / 7 = 720.00
        CarePackage framework = new CarePackage("K6", "C1", "P05", "RESIDENTIAL", "PLANNED",
                LocalDate.of(2026, 1, 5), null, BigDecimal.ONE, null, 1);
        assertLine(pay(framework, AT_HOME), 7, "720.00");
    }

    @Nested
    class PartWeeks {

        @Test
        void startingOnWednesday() {
            // Wed..Sun: 5 × 700.00 / 7 = 500.00
            assertLine(pay(careHome().dates(WED, null).build(), AT_HOME), 5, "500.00");
        }

        @Test
        void endingOnTuesday() {
            // Mon, Tue at 650.00: 1300 / 7 = 185.714… → 185.71
            CarePackage pkg = careHome().ownRate("650.00").dates(LocalDate.of(2026, 1, 5), TUE).build();
            assertLine(pay(pkg, AT_HOME), 2, "185.71");
        }

        @Test
        void startingAndEndingOnTheSameDay() {
            // Thu only: 700.00 / 7 = 100.00
            assertLine(pay(careHome().dates(THU, THU).build(), AT_HOME), 1, "100.00");
        }

        @Test
        void notActiveOnAnyDayOfTheWeekHasNoLine() {
            CarePackage endedSunday = careHome().dates(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 11, 15)).build();
            CarePackage startsNextMonday = careHome().dates(LocalDate.of(2026, 11, 23), null).build();
            assertThat(ScheduledPayment.of(endedSunday, WEEK, AT_HOME, RATES, ContributionHistory.NONE,
                    ScheduledPolicy.DEFAULT)).isEmpty();
            assertThat(ScheduledPayment.of(startsNextMonday, WEEK, AT_HOME, RATES, ContributionHistory.NONE,
                    ScheduledPolicy.DEFAULT)).isEmpty();
            // Ending on the Monday is active on one day: a line.
            CarePackage endsMonday = careHome().dates(LocalDate.of(2026, 1, 5), MON).build();
            assertLine(pay(endsMonday, AT_HOME), 1, "100.00");
        }
    }

    @Nested
    class NoRate {

        /** P01 DAY_CARE on the framework: 58.50 from Tue 17, nothing on Mon 16. */
        private final CarePackage framework = homecare().id("K7").kind("DAY_CARE", "PLANNED").planned("5").build();

        @Test
        void aPaidDayWithoutARateRefusesTheWholeWeek() {
            ScheduledPayment p = pay(framework, AT_HOME);
            assertThat(p.paid()).isFalse();
            assertThat(p.refusal()).isEqualTo(ScheduledCode.NO_RATE);
            assertThat(p.amount()).isNull();
            assertThat(p.paidDays()).isZero();
            assertThat(p.notes()).singleElement().satisfies(note -> {
                assertThat(note.code()).isEqualTo(ScheduledCode.NO_RATE);
                assertThat(note.code().severity()).isEqualTo(ScheduledCode.Severity.REFUSED);
                assertThat(note.serviceDate()).isEqualTo(WEEK);
            });
        }

        @Test
        void anUnpaidDayNeedsNoRate() {
            // In hospital on Mon only (admitted Sun 15, discharged Tue 17). Tue..Sun paid at 58.50 × 5 = 292.50:
            // 6 × 292.50 = 1755.00; / 7 = 250.714… → 250.71
            assertLine(pay(framework, inHospital(LocalDate.of(2026, 11, 15), TUE)), 6, "250.71");
        }
    }

    @Nested
    class Rounding {

        @Test
        void roundedOncePerPackageWeekNotPerDay() {
            // 100.00 a week, Fri..Sun: 300 / 7 = 42.857… → 42.86. Per day it would be 3 × round(14.2857…)
            // = 3 × 14.29 = 42.87.
            CarePackage pkg = careHome().ownRate("100.00").dates(FRI, null).build();
            assertLine(pay(pkg, AT_HOME), 3, "42.86");
        }

        @Test
        void halfAPennyRoundsUp() {
            // 0.5 sessions at 0.49: value 0.245 a day; 7 × 0.245 = 1.715; / 7 = 0.245 → 0.25 (half-even: 0.24)
            CarePackage pkg = dayCare().planned("0.5").ownRate("0.49").build();
            assertLine(pay(pkg, AT_HOME), 7, "0.25");
        }
    }

    @Nested
    class NetCareHomes {

        private final CarePackage net = careHome().net().build(); // 700.00 a week

        private ScheduledPayment payNet(Contribution... rows) {
            return pay(net, WEEK, AT_HOME, new ContributionHistory(List.of(rows)));
        }

        private Contribution row(String type, LocalDate from, LocalDate to, String weekly) {
            return new Contribution(type, from, to, new BigDecimal(weekly));
        }

        @Test
        void aResidentialContributionThatChangesMidWeek() {
            // 210.00 to Wed 18, 245.00 from Thu 19: Mon..Wed 3 × (700 − 210) = 3 × 490 = 1470;
            // Thu..Sun 4 × (700 − 245) = 4 × 455 = 1820; (1470 + 1820) / 7 = 3290 / 7 = 470.00
            ScheduledPayment p = payNet(row("RESIDENTIAL", LocalDate.of(2026, 4, 6), WED, "210.00"),
                    row("RESIDENTIAL", THU, null, "245.00"));
            assertLine(p, 7, "470.00");
        }

        @Test
        void fullCostLeavesNothingToPay() {
            // each day 700 − 700 = 0
            assertLine(payNet(row("FULL_COST", LocalDate.of(2026, 4, 6), null, "0")), 7, "0.00");
        }

        @Test
        void nilNonResidentialOrNoAssessmentIsPaidGross() {
            assertLine(payNet(row("NIL", LocalDate.of(2026, 4, 6), null, "0")), 7, "700.00");
            assertLine(payNet(row("NON_RESIDENTIAL", LocalDate.of(2026, 4, 6), null, "90.00")), 7, "700.00");
            assertLine(payNet(), 7, "700.00");
        }

        @Test
        void aPartlyAssessedWeek() {
            // RESIDENTIAL 280.00 only from Sat 21: Mon..Fri 5 × 700 = 3500; Sat, Sun 2 × 420 = 840;
            // 4340 / 7 = 620.00
            assertLine(payNet(row("RESIDENTIAL", SAT, null, "280.00")), 7, "620.00");
        }

        @Test
        void aContributionAboveTheValueIsPaidZeroNotNegative() {
            // 7 × (700 − 800) = −700; / 7 = −100.00; max(0, −100.00) = 0.00
            assertLine(payNet(row("RESIDENTIAL", LocalDate.of(2026, 4, 6), null, "800.00")), 7, "0.00");
        }

        @Test
        void onlyThePaidDaysCount() {
            // Died Mon 16, grace to Thu: 4 × (700 − 210) = 1960; / 7 = 280.00
            ScheduledPayment p = pay(net, WEEK, died(MON), new ContributionHistory(
                    List.of(row("RESIDENTIAL", LocalDate.of(2026, 4, 6), null, "210.00"))));
            assertLine(p, 4, "280.00");
        }

        @Test
        void aGrossPackageIgnoresContributions() {
            ScheduledPayment p = pay(careHome().build(), WEEK, AT_HOME, new ContributionHistory(
                    List.of(row("RESIDENTIAL", LocalDate.of(2026, 4, 6), null, "210.00"))));
            assertLine(p, 7, "700.00");
        }
    }

    @Test
    void refusesAWeekThatIsNotAMondayAndAPackageThatIsNotPlanned() {
        assertThatThrownBy(() -> ScheduledPayment.of(careHome().build(), TUE, AT_HOME, RATES,
                ContributionHistory.NONE, ScheduledPolicy.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduledPayment.of(homecare().build(), WEEK, AT_HOME, RATES,
                ContributionHistory.NONE, ScheduledPolicy.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingContributionsAreACallersBug() {
        assertThatThrownBy(() -> new ContributionHistory(List.of(
                new Contribution("RESIDENTIAL", MON, WED, BigDecimal.TEN),
                new Contribution("NIL", WED, null, BigDecimal.ZERO)))).isInstanceOf(IllegalArgumentException.class);
        // Back to back is fine.
        assertThat(new ContributionHistory(List.of(
                new Contribution("RESIDENTIAL", MON, WED, BigDecimal.TEN),
                new Contribution("NIL", THU, null, BigDecimal.ZERO))).on(THU)).map(Contribution::assessmentType)
                .isEqualTo(Optional.of("NIL"));
    }

    @Test
    void theGracePeriodAndRetainerArePolicy() {
        // Grace of 1 day: died Mon, Tue paid, Wed not: 2 × 700 / 7 = 200.00
        ScheduledPayment p = ScheduledPayment.of(careHome().build(), WEEK, died(MON), RATES,
                ContributionHistory.NONE, new ScheduledPolicy(1, 42)).orElseThrow();
        assertLine(p, 2, "200.00");
        // Retainer of 40 days from Oct 9: Wed 18 is day 40 paid, Thu 19 (41) not: Mon..Wed 3 × 700 / 7 = 300.00
        ScheduledPayment q = ScheduledPayment.of(careHome().build(), WEEK, inHospital(LocalDate.of(2026, 10, 9), null),
                RATES, ContributionHistory.NONE, new ScheduledPolicy(3, 40)).orElseThrow();
        assertLine(q, 3, "300.00");
        assertThat(q.notes()).singleElement().satisfies(n -> assertThat(n.serviceDate()).isEqualTo(THU));
    }
}
