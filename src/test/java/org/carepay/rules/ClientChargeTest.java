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
import java.util.Set;
import org.carepay.rules.WeekCharge.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * R6: client charges of client C1, week 2026-11-16 (Mon 16 .. Sun 22). Every expected value is worked out
 * by hand in the comment next to it.
 */
class ClientChargeTest {

    private static final ClientFacts AT_HOME = ClientFacts.ALIVE_AT_HOME;
    private static final Set<LocalDate> NO_PAID_CARE_HOME_DAYS = Set.of();
    private static final Set<LocalDate> WHOLE_WEEK = Set.of(MON, TUE, WED, THU, FRI, SAT, SUN);

    /** K1: C1's homecare on actuals, COUNCIL, chargeable, from 2026-01-05, open. */
    private static CarePackage homecareK1() {
        return homecare().build();
    }

    /** K3: C1's day care, PLANNED, COUNCIL, chargeable. */
    private static CarePackage dayCareK3() {
        return homecare().id("K3").kind("DAY_CARE", "PLANNED").planned("1").ownRate("12.46").build();
    }

    /** K2: C1's care home at P05, PLANNED, WEEK unit, own rate 700.00, GROSS unless said. */
    private static Fixtures.PackageRow careHome() {
        return homecare().id("K2").provider("P05").kind("RESIDENTIAL", "PLANNED").planned("1").ownRate("700.00");
    }

    /** R3's gross payment of a care home: its amount is the cost, its paid days count a RESIDENTIAL contribution. */
    private static ScheduledPayment r3(CarePackage home, ClientFacts client) {
        return ScheduledPayment.of(home, WEEK, client, Fixtures.rates(), ContributionHistory.NONE,
                ScheduledPolicy.DEFAULT).orElseThrow();
    }

    private static CostItem item(CarePackage pkg, String amount) {
        return new CostItem(pkg, new BigDecimal(amount));
    }

    private static Contribution row(String type, LocalDate from, LocalDate to, String weekly) {
        return new Contribution(type, from, to, new BigDecimal(weekly));
    }

    /** One row covering the whole week (from long before, open). */
    private static ContributionHistory all(String type, String weekly) {
        return new ContributionHistory(List.of(row(type, LocalDate.of(2026, 4, 6), null, weekly)));
    }

    private static ContributionHistory nonResidential(String weekly) {
        return all(Contribution.NON_RESIDENTIAL, weekly);
    }

    private static WeekCharge week(ClientFacts client, String billingStatus, ContributionHistory contributions,
            Set<LocalDate> paidCareHomeDays, CostItem... items) {
        return WeekCharge.of(WEEK, client, billingStatus, contributions, List.of(items), paidCareHomeDays)
                .orElseThrow();
    }

    private static WeekCharge week(ContributionHistory contributions, CostItem... items) {
        return week(AT_HOME, WeekCharge.NORMAL, contributions, NO_PAID_CARE_HOME_DAYS, items);
    }

    private static void assertLine(WeekCharge line, String cost, String maximum, String charge, Status status) {
        assertThat(line.weekStart()).isEqualTo(WEEK);
        assertThat(line.chargeableCost().toPlainString()).isEqualTo(cost);
        assertThat(line.maximumCharge().toPlainString()).isEqualTo(maximum);
        assertThat(line.charge().toPlainString()).isEqualTo(charge);
        assertThat(line.status()).isEqualTo(status);
    }

    @Nested
    class PublishedExamples {

        @Test
        void twoHoursOfHomecareWithAContributionOf14() {
            // cost = 2 h × 18.52 = 37.04; max = 7 days × 14.00 / 7 = 14.00; charge = min(37.04, 14.00) = 14.00
            assertLine(week(nonResidential("14.00"), item(homecareK1(), "37.04")),
                    "37.04", "14.00", "14.00", Status.BILLED);
        }

        @Test
        void twoHoursOfHomecareWithAContributionOf40() {
            // cost = 37.04; max = 7 × 40.00 / 7 = 40.00; charge = min(37.04, 40.00) = 37.04
            assertLine(week(nonResidential("40.00"), item(homecareK1(), "37.04")),
                    "37.04", "40.00", "37.04", Status.BILLED);
        }

        @Test
        void anHourOfHomecareAndADayCareSession() {
            // cost = 1 h × 17.04 + 1 session × 12.46 = 29.50; max = 7 × 15.00 / 7 = 15.00; charge = 15.00
            assertLine(week(nonResidential("15.00"), item(homecareK1(), "17.04"), item(dayCareK3(), "12.46")),
                    "29.50", "15.00", "15.00", Status.BILLED);
        }
    }

    @Nested
    class Cost {

        @Test
        void aJointPackageIsChargedTheCouncilShare() {
            // JOINT, health 40 %: council share 100 − 40 = 60 %; 761.25 × 60 / 100 = 456.75 (exact)
            CarePackage joint = careHome().funding(CarePackage.JOINT, 40).build();
            ChargeableCost cost = ChargeableCost.of(List.of(item(joint, "761.25")));
            assertThat(cost.total().toPlainString()).isEqualTo("456.75");
            assertThat(cost.packages()).singleElement().satisfies(p -> {
                assertThat(p.amount()).isEqualByComparingTo("761.25");
                assertThat(p.chargeable().toPlainString()).isEqualTo("456.75");
            });
        }

        @Test
        void theShareIsRoundedHalfUp() {
            // JOINT, health 35 %: 100.01 × 65 / 100 = 65.0065 → 65.01
            CarePackage joint = homecare().funding(CarePackage.JOINT, 35).build();
            assertThat(ChargeableCost.of(List.of(item(joint, "100.01"))).total().toPlainString())
                    .isEqualTo("65.01");
        }

        @Test
        void aPackagesItemsAreSummedBeforeTheShareIsTakenAndRoundedOnce() {
            // JOINT 50 %: (10.01 + 10.01) × 50 / 100 = 20.02 / 2 = 10.01.
            // (Rounding each item: 5.005 → 5.01 twice = 10.02, which R6 does not do.)
            CarePackage joint = homecare().funding(CarePackage.JOINT, 50).build();
            assertThat(ChargeableCost.of(List.of(item(joint, "10.01"), item(joint, "10.01"))).total()
                    .toPlainString()).isEqualTo("10.01");
        }

        @Test
        void eachPackageWeekIsRoundedOnItsOwn() {
            // two JOINT 50 % packages of 10.01 each: 5.005 → 5.01, twice: 5.01 + 5.01 = 10.02
            // (pooling them first would give 20.02 / 2 = 10.01)
            CarePackage k1 = homecare().funding(CarePackage.JOINT, 50).build();
            CarePackage k3 = homecare().id("K3").funding(CarePackage.JOINT, 50).build();
            assertThat(ChargeableCost.of(List.of(item(k1, "10.01"), item(k3, "10.01"))).total().toPlainString())
                    .isEqualTo("10.02");
        }

        @Test
        void aHealthPackageCostsTheClientNothing() {
            // HEALTH: council share 0 %: 37.04 × 0 = 0.00 → no WEEK line
            CarePackage health = homecare().funding(CarePackage.HEALTH, 0).build();
            assertThat(ChargeableCost.of(List.of(item(health, "37.04"))).total().toPlainString()).isEqualTo("0.00");
            assertThat(WeekCharge.of(WEEK, AT_HOME, WeekCharge.NORMAL, nonResidential("14.00"),
                    List.of(item(health, "37.04")), NO_PAID_CARE_HOME_DAYS)).isEmpty();
        }

        @Test
        void aNonChargeablePackageHasNoCostAndNoWeekLine() {
            // chargeable = N (e.g. reablement): left out, cost 0.00 → no WEEK line
            CarePackage reablement = homecare().notChargeable().build();
            assertThat(ChargeableCost.of(List.of(item(reablement, "37.04"))).packages()).isEmpty();
            assertThat(WeekCharge.of(WEEK, AT_HOME, WeekCharge.NORMAL, nonResidential("14.00"),
                    List.of(item(reablement, "37.04")), NO_PAID_CARE_HOME_DAYS)).isEmpty();
        }

        @Test
        void netCareHomesIsfAndDirectPaymentsAreLeftOut() {
            // NET home 400.00, ISF 200.00, DP 150.00 are not part of it: cost = homecare 37.04 only;
            // max = 7 × 14.00 / 7 = 14.00; charge 14.00
            CarePackage net = careHome().net().build();
            CarePackage isf = homecare().id("K4").provider("P07").kind("ISF", "PLANNED").planned("1").build();
            CarePackage dp = homecare().id("K5").provider("P08").kind("DIRECT_PAYMENT", "PLANNED").planned("1")
                    .build();
            WeekCharge line = week(nonResidential("14.00"), item(net, "400.00"), item(isf, "200.00"),
                    item(dp, "150.00"), item(homecareK1(), "37.04"));
            assertLine(line, "37.04", "14.00", "14.00", Status.BILLED);
        }

        @Test
        void onlyExcludedPackagesGiveNoWeekLine() {
            CarePackage isf = homecare().id("K4").provider("P07").kind("ISF", "PLANNED").planned("1").build();
            assertThat(WeekCharge.of(WEEK, AT_HOME, WeekCharge.NORMAL, ContributionHistory.NONE,
                    List.of(item(isf, "200.00")), NO_PAID_CARE_HOME_DAYS)).isEmpty();
        }
    }

    @Nested
    class Maximum {

        @Test
        void aContributionThatChangesMidWeek() {
            // 45.60 Mon–Wed, 62.30 Thu–Sun: (3 × 45.60 + 4 × 62.30) / 7 = (136.80 + 249.20) / 7
            // = 386.00 / 7 = 55.1428… → 55.14; cost 100.00; charge 55.14
            ContributionHistory changed = new ContributionHistory(List.of(
                    row(Contribution.NON_RESIDENTIAL, LocalDate.of(2026, 4, 6), WED, "45.60"),
                    row(Contribution.NON_RESIDENTIAL, THU, null, "62.30")));
            assertLine(week(changed, item(homecareK1(), "100.00")), "100.00", "55.14", "55.14", Status.BILLED);
        }

        @Test
        void residentialCountsOnlyOnPaidDaysOfAGrossCareHome_placementFromThursday() {
            // home from Thursday: R3 gross = 4 × 700.00 / 7 = 400.00 = cost;
            // max = 4 paid days (Thu–Sun) × 214.80 / 7 = 859.20 / 7 = 122.7428… → 122.74; charge 122.74
            CarePackage home = careHome().dates(THU, null).build();
            ScheduledPayment paid = r3(home, AT_HOME);
            assertThat(paid.paidDates()).containsExactly(THU, FRI, SAT, SUN);
            WeekCharge line = week(AT_HOME, WeekCharge.NORMAL, all(Contribution.RESIDENTIAL, "214.80"),
                    paid.paidDates(), new CostItem(home, paid.amount()));
            assertLine(line, "400.00", "122.74", "122.74", Status.BILLED);
        }

        @Test
        void residentialCountsOnHospitalRetainerDays() {
            // in hospital all week, the place kept (retainer): all 7 days are paid days of the home;
            // cost = 700.00; max = 7 × 214.80 / 7 = 214.80; charge 214.80
            ClientFacts inHospital = new ClientFacts(null, List.of(new HospitalStay(LocalDate.of(2026, 11, 10), null)));
            ScheduledPayment paid = r3(careHome().build(), inHospital);
            assertThat(paid.paidDates()).isEqualTo(WHOLE_WEEK);
            WeekCharge line = week(inHospital, WeekCharge.NORMAL, all(Contribution.RESIDENTIAL, "214.80"),
                    paid.paidDates(), new CostItem(careHome().build(), paid.amount()));
            assertLine(line, "700.00", "214.80", "214.80", Status.BILLED);
        }

        @Test
        void residentialDoesNotCountOnTheGraceDaysAfterADeath() {
            // died Tuesday; R3 pays Mon, Tue (alive) and Wed, Thu, Fri (3 grace days): cost = 5 × 700.00 / 7
            // = 500.00; max counts only the alive days Mon, Tue: 2 × 214.80 / 7 = 429.60 / 7 = 61.3714… → 61.37
            ClientFacts died = new ClientFacts(TUE, List.of());
            ScheduledPayment paid = r3(careHome().build(), died);
            assertThat(paid.paidDates()).containsExactly(MON, TUE, WED, THU, FRI);
            WeekCharge line = week(died, WeekCharge.NORMAL, all(Contribution.RESIDENTIAL, "214.80"),
                    paid.paidDates(), new CostItem(careHome().build(), paid.amount()));
            assertLine(line, "500.00", "61.37", "61.37", Status.BILLED);
        }

        @Test
        void residentialCountsNothingWithoutAPaidCareHomeDay() {
            // RESIDENTIAL assessment but only homecare (no gross care home): every day counts 0;
            // max = 0 / 7 = 0.00; charge = min(37.04, 0.00) = 0.00
            assertLine(week(all(Contribution.RESIDENTIAL, "214.80"), item(homecareK1(), "37.04")),
                    "37.04", "0.00", "0.00", Status.BILLED);
        }

        @Test
        void fullCostForTheWholeWeekIsTheCost() {
            // each day counts the cost 37.04: 7 × 37.04 / 7 = 37.04; charge 37.04
            assertLine(week(all(Contribution.FULL_COST, "0"), item(homecareK1(), "37.04")),
                    "37.04", "37.04", "37.04", Status.BILLED);
        }

        @Test
        void fullCostFromThursday() {
            // 14.00 Mon–Wed, FULL_COST Thu–Sun: (3 × 14.00 + 4 × 37.04) / 7 = (42.00 + 148.16) / 7
            // = 190.16 / 7 = 27.1657… → 27.17; charge = min(37.04, 27.17) = 27.17
            ContributionHistory rows = new ContributionHistory(List.of(
                    row(Contribution.NON_RESIDENTIAL, LocalDate.of(2026, 4, 6), WED, "14.00"),
                    row(Contribution.FULL_COST, THU, null, "0")));
            assertLine(week(rows, item(homecareK1(), "37.04")), "37.04", "27.17", "27.17", Status.BILLED);
        }

        @Test
        void nilChargesNothing() {
            // NIL: every day 0; max 0.00; charge 0.00, still a (BILLED) WEEK line since cost > 0
            assertLine(week(all(Contribution.NIL, "0"), item(homecareK1(), "37.04")),
                    "37.04", "0.00", "0.00", Status.BILLED);
        }

        @Test
        void aDeathMidWeekChargesToTheDateOfDeath() {
            // died Wednesday: NR 22.10 counts Mon, Tue, Wed: 3 × 22.10 / 7 = 66.30 / 7 = 9.4714… → 9.47;
            // cost: three visits of an hour at 18.52 = 55.56; charge = min(55.56, 9.47) = 9.47
            WeekCharge line = week(new ClientFacts(WED, List.of()), WeekCharge.NORMAL, nonResidential("22.10"),
                    NO_PAID_CARE_HOME_DAYS, item(homecareK1(), "55.56"));
            assertLine(line, "55.56", "9.47", "9.47", Status.BILLED);
        }

        @Test
        void theMaximumOnItsOwn() {
            // 5 days (Wed–Sun) × 14.00 / 7 = 70.00 / 7 = 10.00, with 2 decimals
            ContributionHistory fromWed = new ContributionHistory(List.of(
                    row(Contribution.NON_RESIDENTIAL, WED, null, "14.00")));
            assertThat(MaximumCharge.of(WEEK, AT_HOME, fromWed, new BigDecimal("37.04"), Set.of())
                    .toPlainString()).isEqualTo("10.00");
        }

        @Test
        void aWeekIsNamedByItsMonday() {
            assertThatThrownBy(() -> MaximumCharge.of(TUE, AT_HOME, ContributionHistory.NONE, BigDecimal.ONE,
                    Set.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Status_ {

        @Test
        void noContributionAtAllIsNotAssessed() {
            // no row: every day 0; max 0.00; charge 0.00 shown, NOT_ASSESSED
            assertLine(week(ContributionHistory.NONE, item(homecareK1(), "37.04")),
                    "37.04", "0.00", "0.00", Status.NOT_ASSESSED);
        }

        @Test
        void aDayWithoutARowWhileAPackageIsActiveIsNotAssessed() {
            // row from Wednesday, homecare active all week: Mon, Tue without a row → NOT_ASSESSED;
            // max = 5 × 14.00 / 7 = 10.00; charge = min(37.04, 10.00) = 10.00 (shown, not billed)
            ContributionHistory fromWed = new ContributionHistory(List.of(
                    row(Contribution.NON_RESIDENTIAL, WED, null, "14.00")));
            assertLine(week(fromWed, item(homecareK1(), "37.04")), "37.04", "10.00", "10.00", Status.NOT_ASSESSED);
        }

        @Test
        void daysWithoutARowBeforeThePackageStartsDoNotMatter() {
            // package from Wednesday, row from Wednesday: every active day has a row → BILLED;
            // max = 5 × 14.00 / 7 = 10.00; charge 10.00
            CarePackage fromWed = homecare().dates(WED, null).build();
            ContributionHistory rowFromWed = new ContributionHistory(List.of(
                    row(Contribution.NON_RESIDENTIAL, WED, null, "14.00")));
            assertLine(week(rowFromWed, item(fromWed, "37.04")), "37.04", "10.00", "10.00", Status.BILLED);
        }

        @Test
        void daysWithoutARowAfterTheDeathDoNotMatter() {
            // row ends Wednesday, died Wednesday: Thu–Sun without a row but not alive → BILLED;
            // max = 3 × 22.10 / 7 = 9.4714… → 9.47
            ContributionHistory toWed = new ContributionHistory(List.of(
                    row(Contribution.NON_RESIDENTIAL, LocalDate.of(2026, 4, 6), WED, "22.10")));
            WeekCharge line = week(new ClientFacts(WED, List.of()), WeekCharge.NORMAL, toWed,
                    NO_PAID_CARE_HOME_DAYS, item(homecareK1(), "55.56"));
            assertLine(line, "55.56", "9.47", "9.47", Status.BILLED);
        }

        @Test
        void daysWithoutARowWhileOnlyANonCountingPackageIsActiveDoNotMatter() {
            // homecare ends Tuesday (row Mon–Tue), an ISF runs all week: Wed–Sun have no row but only the ISF,
            // which is not part of the cost, is active → BILLED; max = 2 × 14.00 / 7 = 4.00; charge 4.00
            CarePackage toTue = homecare().dates(LocalDate.of(2026, 1, 5), TUE).build();
            CarePackage isf = homecare().id("K4").provider("P07").kind("ISF", "PLANNED").planned("1").build();
            ContributionHistory toTueRow = new ContributionHistory(List.of(
                    row(Contribution.NON_RESIDENTIAL, LocalDate.of(2026, 4, 6), TUE, "14.00")));
            assertLine(week(toTueRow, item(toTue, "18.52"), item(isf, "200.00")),
                    "18.52", "4.00", "4.00", Status.BILLED);
        }

        @Test
        void courtOfProtectionAccrues() {
            // ACCRUE: cost 37.04, max 14.00, charge 14.00, ACCRUED (not billed)
            WeekCharge line = week(AT_HOME, WeekCharge.ACCRUE, nonResidential("14.00"), NO_PAID_CARE_HOME_DAYS,
                    item(homecareK1(), "37.04"));
            assertLine(line, "37.04", "14.00", "14.00", Status.ACCRUED);
        }

        @Test
        void notAssessedTakesPrecedenceOverAccrued() {
            // ACCRUE and no row at all: NOT_ASSESSED; max 0.00, charge 0.00
            WeekCharge line = week(AT_HOME, WeekCharge.ACCRUE, ContributionHistory.NONE, NO_PAID_CARE_HOME_DAYS,
                    item(homecareK1(), "37.04"));
            assertLine(line, "37.04", "0.00", "0.00", Status.NOT_ASSESSED);
        }

        @Test
        void anUnknownBillingStatusIsACallersBug() {
            assertThatThrownBy(() -> WeekCharge.of(WEEK, AT_HOME, "PAUSED", ContributionHistory.NONE, List.of(),
                    Set.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void packageFundingIsChecked() {
        assertThatThrownBy(() -> homecare().funding("CHARITY", 0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> homecare().funding(CarePackage.JOINT, 101).build())
                .isInstanceOf(IllegalArgumentException.class);
        // the old constructors give a COUNCIL, chargeable package
        CarePackage old = new CarePackage("K9", "C1", "P01", "HOMECARE", "ACTUALS", MON, null, BigDecimal.ONE,
                null, 1);
        assertThat(old.funding()).isEqualTo(CarePackage.COUNCIL);
        assertThat(old.chargeable()).isTrue();
        assertThat(old.councilSharePercent()).isEqualByComparingTo("100");
        assertThat(Optional.of(old.healthSharePercent())).contains(0);
    }
}
