package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepay.rules.Fixtures.FRI;
import static org.carepay.rules.Fixtures.MON;
import static org.carepay.rules.Fixtures.SUN;
import static org.carepay.rules.Fixtures.THU;
import static org.carepay.rules.Fixtures.TUE;
import static org.carepay.rules.Fixtures.WEEK;
import static org.carepay.rules.Fixtures.WED;
import static org.carepay.rules.Fixtures.homecare;
import static org.carepay.rules.Fixtures.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** R2's refusals, codes 2..11, one per line, the first that applies. */
class ReturnCheckerTest {

    private final ReturnChecker checker = Fixtures.checker();
    private final ClientFacts atHome = ClientFacts.ALIVE_AT_HOME;
    private final CarePackage k1 = homecare().build();

    private VisitResult check(Fixtures.VisitRow row, ClientFacts client, CarePackage pkg) {
        return checker.check(row.build(), client, pkg);
    }

    @Test
    void anOrdinaryVisitIsAcceptedAtTheRateOfItsDay() {
        VisitResult result = check(line(2), atHome, k1); // Tue, planned 30, actual 30, 1 carer
        assertThat(result.accepted()).isTrue();
        assertThat(result.refusal()).isNull();
        assertThat(result.payableMinutes()).isEqualTo(30);
        assertThat(result.paidCarers()).isEqualTo(1);
        assertThat(result.carerMinutes()).isEqualTo(30); // 30 × 1
        assertThat(result.hourlyRate()).isEqualTo(new BigDecimal("25.20")); // before Thursday's uplift
        assertThat(result.notes()).isEmpty();
        assertThat(result.amountBeforeCap()).isEqualTo(new BigDecimal("12.60")); // 30 × 25.20 / 60 = 756 / 60
    }

    @Test
    void order2UnknownClientComesBeforeUnknownPackage() {
        VisitResult result = check(line(2).client("C1O1"), null, null);
        assertRefused(result, VisitCode.UNKNOWN_CLIENT);
        assertThat(result.notes()).singleElement().satisfies(note -> {
            assertThat(note.code()).isEqualTo(VisitCode.UNKNOWN_CLIENT);
            assertThat(note.code().severity()).isEqualTo("REFUSED");
            assertThat(note.minutesNotPaid()).isNull();
        });
        assertThat(result.payableMinutes()).isZero();
        assertThat(result.hourlyRate()).isNull();
    }

    @Test
    void order3UnknownPackage() {
        assertRefused(check(line(2).pkg("K99999"), atHome, null), VisitCode.UNKNOWN_PACKAGE);
    }

    @Nested
    class Order4PackageMismatch {

        @Test
        void anotherClientsPackage() {
            VisitResult result = check(line(2).client("C2"), atHome, k1); // K1 is C1's
            assertRefused(result, VisitCode.PACKAGE_MISMATCH);
            assertThat(result.notes().get(0).detail()).isEqualTo("package K1 is client C1's");
        }

        @Test
        void anotherProvidersPackage() {
            // The return is P01's; the package is C1's at P02.
            assertRefused(check(line(2), atHome, homecare().provider("P02").build()), VisitCode.PACKAGE_MISMATCH);
        }

        @Test
        void notHomecareOnActuals() {
            assertRefused(check(line(2), atHome, homecare().kind("DAY_CARE", "INVOICE").build()),
                    VisitCode.PACKAGE_MISMATCH);
        }

        @Test
        void homecarePaidOnPlanIsNotPaidOnActuals() {
            assertRefused(check(line(2), atHome, homecare().kind("HOMECARE", "PLANNED").build()),
                    VisitCode.PACKAGE_MISMATCH);
        }

        @Test
        void comesBeforeADateOutsideTheWeek() {
            assertRefused(check(line(2).client("C2").on(WEEK.minusDays(1)), atHome, k1), VisitCode.PACKAGE_MISMATCH);
        }
    }

    @Nested
    class Order5OutsideReturnWeek {

        @Test
        void theSundayBeforeAndTheMondayAfter() {
            // The week is [2026-11-16, 2026-11-16 + 6 = 2026-11-22].
            assertRefused(check(line(2).on(LocalDate.of(2026, 11, 15)), atHome, k1), VisitCode.OUTSIDE_RETURN_WEEK);
            assertRefused(check(line(3).on(LocalDate.of(2026, 11, 23)), atHome, k1), VisitCode.OUTSIDE_RETURN_WEEK);
        }

        @Test
        void theWeeksMondayAndSundayAreIn() {
            assertThat(check(line(2).on(MON), atHome, k1).accepted()).isTrue();
            assertThat(check(line(3).on(SUN), atHome, k1).accepted()).isTrue();
        }

        @Test
        void comesBeforeThePackagesDates() {
            // Package ended Wed 11-18; the visit on 11-23 is outside both the week and the package.
            CarePackage ended = homecare().dates(LocalDate.of(2026, 1, 5), WED).build();
            assertRefused(check(line(2).on(LocalDate.of(2026, 11, 23)), atHome, ended), VisitCode.OUTSIDE_RETURN_WEEK);
        }
    }

    @Nested
    class Order6OutsidePackageDates {

        private final CarePackage endsWednesday = homecare().dates(LocalDate.of(2026, 1, 5), WED).build();

        @Test
        void aVisitAfterThePackageEnded() {
            assertThat(check(line(2).on(WED), atHome, endsWednesday).accepted()).isTrue(); // end_date included
            assertRefused(check(line(3).on(THU), atHome, endsWednesday), VisitCode.OUTSIDE_PACKAGE_DATES);
        }

        @Test
        void aVisitBeforeThePackageStarts() {
            CarePackage startsThursday = homecare().dates(THU, null).build();
            assertRefused(check(line(2).on(WED), atHome, startsThursday), VisitCode.OUTSIDE_PACKAGE_DATES);
            assertThat(check(line(3).on(THU), atHome, startsThursday).accepted()).isTrue();
        }

        @Test
        void comesBeforeADeceasedClient() {
            // Died Tuesday; Thursday is after both the death and the package's end.
            ClientFacts died = new ClientFacts(TUE, List.of());
            assertRefused(check(line(2).on(THU), died, endsWednesday), VisitCode.OUTSIDE_PACKAGE_DATES);
        }
    }

    @Nested
    class Order7ClientDeceased {

        private final ClientFacts diedWednesday = new ClientFacts(WED, List.of());

        @Test
        void aVisitAfterTheDateOfDeath() {
            assertThat(check(line(2).on(WED), diedWednesday, k1).accepted()).isTrue(); // d ≤ date_of_death
            VisitResult thursday = check(line(3).on(THU), diedWednesday, k1);
            assertRefused(thursday, VisitCode.CLIENT_DECEASED);
            assertThat(thursday.notes().get(0).detail()).isEqualTo("client died on 2026-11-18");
        }

        @Test
        void comesBeforeHospital() {
            ClientFacts diedInHospital = new ClientFacts(WED, List.of(new HospitalStay(MON, null)));
            assertRefused(check(line(2).on(THU), diedInHospital, k1), VisitCode.CLIENT_DECEASED);
        }
    }

    @Nested
    class Order8ClientInHospital {

        private final ClientFacts inHospital = new ClientFacts(null,
                List.of(new HospitalStay(TUE, FRI))); // admitted Tue 17, discharged Fri 20

        @Test
        void onlyTheDaysBetweenAdmissionAndDischarge() {
            assertThat(check(line(2).on(TUE), inHospital, k1).accepted()).isTrue(); // admission day: at home
            assertRefused(check(line(3).on(WED), inHospital, k1), VisitCode.CLIENT_IN_HOSPITAL);
            assertRefused(check(line(4).on(THU), inHospital, k1), VisitCode.CLIENT_IN_HOSPITAL);
            assertThat(check(line(5).on(FRI), inHospital, k1).accepted()).isTrue(); // discharge day: at home
        }

        @Test
        void comesBeforeMissedVisit() {
            assertRefused(check(line(2).on(WED).minutes(30, 0), inHospital, k1), VisitCode.CLIENT_IN_HOSPITAL);
        }
    }

    @Nested
    class Order9DuplicateVisit {

        @Test
        void sameClientDateAndActualStartWhateverThePackage() {
            CarePackage k2 = homecare().id("K2").build(); // C1's second package at P01
            assertThat(check(line(77).at("09:16"), atHome, k1).accepted()).isTrue();
            VisitResult again = check(line(78).at("09:16").pkg("K2"), atHome, k2);
            assertRefused(again, VisitCode.DUPLICATE_VISIT);
            assertThat(again.notes().get(0).detail())
                    .isEqualTo("same client, visit_date and actual_start as record 77");
        }

        @Test
        void anotherStartDateOrClientIsNotADuplicate() {
            CarePackage c2 = homecare().id("K2").client("C2").build();
            assertThat(check(line(2).at("09:16"), atHome, k1).accepted()).isTrue();
            assertThat(check(line(3).at("09:17"), atHome, k1).accepted()).isTrue();    // another minute
            assertThat(check(line(4).at("09:16").on(WED), atHome, k1).accepted()).isTrue(); // another day
            assertThat(check(line(5).at("09:16").client("C2").pkg("K2"), atHome, c2).accepted()).isTrue();
        }

        @Test
        void anEarlierLineRefusedBeforeCheck9DoesNotMakeADuplicate() {
            // Record 2 books the visit to a package that ended in October (refused at 6), record 3 to the
            // right one (passes 1-8), record 4 to another client's package (refused at 4).
            CarePackage ended = homecare().id("K0").dates(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 10, 31))
                    .build();
            assertRefused(check(line(2).pkg("K0").at("08:00"), atHome, ended), VisitCode.OUTSIDE_PACKAGE_DATES);
            assertRefused(check(line(3).pkg("K9").at("08:10"), atHome, homecare().id("K9").client("C9").build()),
                    VisitCode.PACKAGE_MISMATCH);
            assertThat(check(line(4).at("08:00"), atHome, k1).accepted()).isTrue();
            assertThat(check(line(5).at("08:10"), atHome, k1).accepted()).isTrue();
        }

        @Test
        void aLineRefusedAt8LeavesTheLaterLineRefusedAt8TooNotAsADuplicate() {
            // Checks 7 and 8 depend on the client and the day only, so a later line of the same client, day
            // and start is refused by the same check, before check 9 is reached.
            ClientFacts inHospital = new ClientFacts(null, List.of(new HospitalStay(MON, FRI)));
            assertRefused(check(line(2).on(WED).at("08:00"), inHospital, k1), VisitCode.CLIENT_IN_HOSPITAL);
            assertRefused(check(line(3).on(WED).at("08:00"), inHospital, k1), VisitCode.CLIENT_IN_HOSPITAL);
        }

        @Test
        void anEarlierLineRefusedAfterCheck8StillCounts() {
            // With no rate at all, record 2 passes 1-8 with actual 30 and is refused NO_RATE (11); record 3
            // is then a duplicate of it (9 comes before 11).
            ReturnChecker noRates = new ReturnChecker(WEEK, HomecarePolicy.DEFAULT, new Rates(List.of()));
            assertRefused(noRates.check(line(2).build(), atHome, k1), VisitCode.NO_RATE);
            assertRefused(noRates.check(line(3).build(), atHome, k1), VisitCode.DUPLICATE_VISIT);
        }

        @Test
        void anEarlierDuplicateStillCountsAndTheFirstIsNamed() {
            assertThat(check(line(2), atHome, k1).accepted()).isTrue();
            assertRefused(check(line(3), atHome, k1), VisitCode.DUPLICATE_VISIT);
            VisitResult third = check(line(4), atHome, k1);
            assertRefused(third, VisitCode.DUPLICATE_VISIT);
            assertThat(third.notes().get(0).detail()).endsWith("as record 2");
        }

        @Test
        void anEarlierMissedVisitDoesNotCount() {
            // Record 2: actual_minutes 0, so it does not make record 3 a duplicate.
            assertRefused(check(line(2).minutes(30, 0), atHome, k1), VisitCode.MISSED_VISIT);
            assertThat(check(line(3).minutes(30, 30), atHome, k1).accepted()).isTrue();
        }

        @Test
        void comesBeforeMissedVisit() {
            // Record 3 has actual 0 too, but its earlier line (record 2, actual 30) makes it a duplicate first.
            assertThat(check(line(2), atHome, k1).accepted()).isTrue();
            assertRefused(check(line(3).minutes(30, 0), atHome, k1), VisitCode.DUPLICATE_VISIT);
        }
    }

    @Test
    void order10MissedVisit() {
        VisitResult missed = check(line(2).minutes(30, 0), atHome, k1);
        assertRefused(missed, VisitCode.MISSED_VISIT);
        assertThat(missed.carerMinutes()).isZero();
    }

    @Nested
    class Order11NoRate {

        // P03 has no framework rate; its spot packages carry their own unit_rate, K3 left it empty.
        private final ReturnChecker p03 = new ReturnChecker(WEEK, HomecarePolicy.DEFAULT, Fixtures.rates());
        private final CarePackage noRate = homecare().id("K3").provider("P03").dates(THU, null).build();

        @Test
        void noUnitRateAndNoFrameworkRate() {
            VisitResult result = p03.check(line(2).provider("P03").pkg("K3").on(THU).build(), atHome, noRate);
            assertRefused(result, VisitCode.NO_RATE);
            assertThat(result.notes().get(0).detail())
                    .isEqualTo("no unit_rate and no framework rate for P03 HOMECARE on 2026-11-19");
        }

        @Test
        void theOwnUnitRateIsARate() {
            CarePackage own = homecare().id("K4").provider("P03").ownRate("27.50").build();
            VisitResult result = p03.check(line(2).provider("P03").pkg("K4").build(), atHome, own);
            assertThat(result.accepted()).isTrue();
            assertThat(result.hourlyRate()).isEqualTo(new BigDecimal("27.50"));
        }

        @Test
        void outsidePackageDatesComesFirst() {
            // Wednesday is before K3's start (Thursday): 6 before 11.
            assertRefused(p03.check(line(2).provider("P03").pkg("K3").on(WED).build(), atHome, noRate),
                    VisitCode.OUTSIDE_PACKAGE_DATES);
        }
    }

    @Test
    void theCodesAreInR2sOrderWithTheirSeverities() {
        assertThat(VisitCode.values()).containsExactly(VisitCode.UNKNOWN_CLIENT, VisitCode.UNKNOWN_PACKAGE,
                VisitCode.PACKAGE_MISMATCH, VisitCode.OUTSIDE_RETURN_WEEK, VisitCode.OUTSIDE_PACKAGE_DATES,
                VisitCode.CLIENT_DECEASED, VisitCode.CLIENT_IN_HOSPITAL, VisitCode.DUPLICATE_VISIT,
                VisitCode.MISSED_VISIT, VisitCode.NO_RATE, VisitCode.SHORT_VISIT, VisitCode.OVER_DELIVERY,
                VisitCode.CARERS_EXCEED_PLAN, VisitCode.WEEKLY_CAP_EXCEEDED);
        assertThat(VisitCode.NO_RATE.severity()).isEqualTo("REFUSED");
        assertThat(VisitCode.UNKNOWN_CLIENT.severity()).isEqualTo("REFUSED");
        assertThat(VisitCode.SHORT_VISIT.severity()).isEqualTo("INFO");
        assertThat(VisitCode.WEEKLY_CAP_EXCEEDED.severity()).isEqualTo("INFO");
    }

    @Test
    void linesMustComeInRecordOrderFromOneReturn() {
        check(line(5), atHome, k1);
        // "Earlier" is record order: a line out of order would make the wrong one the duplicate.
        assertThatThrownBy(() -> check(line(4).at("10:00"), atHome, k1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> check(line(6).provider("P02"), atHome, k1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReturnChecker(TUE, HomecarePolicy.DEFAULT, Fixtures.rates()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static void assertRefused(VisitResult result, VisitCode code) {
        assertThat(result.accepted()).as("accepted").isFalse();
        assertThat(result.refusal()).isEqualTo(code);
        assertThat(result.notes()).extracting(Note::code).containsExactly(code);
    }
}
