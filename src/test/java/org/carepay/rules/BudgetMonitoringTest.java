package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepay.rules.Fixtures.homecare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** R10, worked out by hand: the financial year, a package's commitment, and care-plan delivery. */
class BudgetMonitoringTest {

    private static final MonthDay APRIL_1 = MonthDay.of(4, 1);
    /** Friday: P01's HOMECARE uplift to 26.40 (Thursday 2026-11-19) is before it. */
    private static final LocalDate D = LocalDate.of(2026, 11, 20);
    private static final FinancialYear YEAR = FinancialYear.of(D, APRIL_1);

    @Nested
    class TheFinancialYear {

        @Test
        void runsFromTheLatestFirstOfAprilToTheDayBeforeTheNext() {
            assertThat(YEAR).isEqualTo(new FinancialYear(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
            assertThat(YEAR.days()).isEqualTo(365);
        }

        @Test
        void the31stOfMarchEndsAYearAndThe1stOfAprilStartsOne() {
            assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31), APRIL_1))
                    .isEqualTo(new FinancialYear(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
            FinancialYear next = FinancialYear.of(LocalDate.of(2027, 4, 1), APRIL_1);
            assertThat(next).isEqualTo(new FinancialYear(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31)));
            assertThat(next.days()).isEqualTo(366); // 29 February 2028
        }
    }

    @Nested
    class APackagesCommitment {

        // From Monday 2026-11-23, the week after D's, to 2027-03-31: 8 + 31 + 31 + 28 + 31 days.
        private static final long DAYS_TO_YEAR_END = 129;

        private Commitment of(Fixtures.PackageRow pkg, ContributionHistory contributions, LocalDate day) {
            return Commitment.of(pkg.build(), Fixtures.rates(), contributions, day, FinancialYear.of(day, APRIL_1));
        }

        @Test
        void homecareIsTheRateOnDTimesTheHoursTimesTheCarersAfterAnUpliftBeforeD() {
            Commitment commitment = of(homecare().carers(2), ContributionHistory.NONE, D);

            assertThat(commitment.weekly()).isEqualByComparingTo("554.40"); // 26.40 x 10.5 x 2
            assertThat(commitment.daysToCome()).isEqualTo(DAYS_TO_YEAR_END);
            assertThat(commitment.toYearEnd()).isEqualTo(new BigDecimal("10216.80")); // 554.40 x 129 / 7
        }

        @Test
        void theRateOfDNotOfTheUpliftAfterIt() {
            LocalDate wednesday = LocalDate.of(2026, 11, 18);
            assertThat(of(homecare(), ContributionHistory.NONE, wednesday).weekly())
                    .isEqualByComparingTo("264.60"); // 25.20 x 10.5 x 1
        }

        @Test
        void aPackageEndingMidYearCountsItsDaysToItsEndDateIncluded() {
            Commitment commitment = of(homecare().kind("DAY_CARE", "PLANNED").planned("3")
                    .dates(LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 12)), ContributionHistory.NONE, D);

            assertThat(commitment.weekly()).isEqualByComparingTo("175.50"); // 58.50 x 3 sessions
            assertThat(commitment.daysToCome()).isEqualTo(51); // 8 + 31 + 12
            assertThat(commitment.toYearEnd()).isEqualTo(new BigDecimal("1278.64")); // 8950.50 / 7 = 1278.642857
        }

        @Test
        void aPackageStartingAfterDCommitsNothing() {
            Commitment commitment = of(homecare().dates(LocalDate.of(2026, 11, 23), null), ContributionHistory.NONE, D);

            assertThat(commitment.weekly()).isEqualByComparingTo("0");
            assertThat(commitment.toYearEnd()).isEqualTo(new BigDecimal("0.00"));
        }

        @Test
        void aPackageWithNoRateOnDCommitsNothing() {
            assertThat(of(homecare().provider("P03"), ContributionHistory.NONE, D).weekly()).isEqualByComparingTo("0");
        }

        @Test
        void aNetCareHomeIsLessTheResidentialWeeklyAmountOnDNotBelowZero() {
            Fixtures.PackageRow home = homecare().kind("RESIDENTIAL", "PLANNED").planned("1").ownRate("812.00").net();

            Commitment commitment = of(home, residential("215.35"), D);
            assertThat(commitment.weekly()).isEqualByComparingTo("596.65");
            assertThat(commitment.toYearEnd()).isEqualTo(new BigDecimal("10995.41")); // 76967.85 / 7 = 10995.407
            assertThat(of(home, residential("900.00"), D).weekly()).isEqualByComparingTo("0");
            assertThat(of(homecare().kind("RESIDENTIAL", "PLANNED").planned("1").ownRate("812.00"),
                    residential("215.35"), D).weekly()).isEqualByComparingTo("812.00"); // GROSS: the full value
        }

        @Test
        void onTheLastDayOfTheYearNothingIsToCome() {
            LocalDate march31 = LocalDate.of(2027, 3, 31);
            assertThat(of(homecare(), ContributionHistory.NONE, march31).daysToCome()).isZero();
            // The 1st of April is a Thursday: from Monday 5 April 2027 to 31 March 2028, 29 February counted.
            assertThat(of(homecare(), ContributionHistory.NONE, LocalDate.of(2027, 4, 1)).daysToCome())
                    .isEqualTo(362);
        }

        private ContributionHistory residential(String weekly) {
            return new ContributionHistory(List.of(new Contribution(Contribution.RESIDENTIAL, LocalDate.of(2026, 4, 6),
                    null, new BigDecimal(weekly))));
        }
    }

    @Nested
    class CarePlanDeliveryOverFourWeeks {

        private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

        /** K1: 10.5 hours a week, 1 carer: 630 minutes a week, 2,520 in four. */
        private CarePlanDelivery delivered(String minutes, Integer... missed) {
            return CarePlanDelivery.of(homecare().build(), new BigDecimal(minutes), List.of(missed));
        }

        @Test
        void exactly80PerCentIsNotUnderDelivered() {
            CarePlanDelivery delivery = delivered("2016", 0, 0, 0, 0);

            assertThat(delivery.planned()).isEqualByComparingTo("2520");
            assertThat(delivery.percent()).isEqualTo(new BigDecimal("80.0"));
            assertThat(delivery.flags(EIGHTY, 3)).isEmpty();
            assertThat(delivery.listed(EIGHTY, 3)).isTrue(); // below 100 %
        }

        @Test
        void aMinuteLessIsUnderDeliveredThoughItRoundsTo80() {
            CarePlanDelivery delivery = delivered("2015", 0, 0, 0, 0);

            assertThat(delivery.percent()).isEqualTo(new BigDecimal("80.0")); // 79.96
            assertThat(delivery.flags(EIGHTY, 3)).isEqualTo("UNDER_DELIVERED");
        }

        @Test
        void threeMissedVisitsInOneWeekAreAPatternTheSameEightOverFourWeeksAreNot() {
            assertThat(delivered("2520", 0, 3, 0, 0).flags(EIGHTY, 3)).isEqualTo("MISSED_VISITS");
            CarePlanDelivery spread = delivered("2520", 2, 2, 2, 2);
            assertThat(spread.missedVisits()).isEqualTo(8);
            assertThat(spread.flags(EIGHTY, 3)).isEmpty();
            assertThat(spread.listed(EIGHTY, 3)).isFalse();
        }

        @Test
        void bothFlagsAreJoined() {
            assertThat(delivered("1800", 3, 0, 0, 0).flags(EIGHTY, 3)).isEqualTo("UNDER_DELIVERED;MISSED_VISITS");
        }

        @Test
        void twoCarersAndFewerWeeksPlanAccordingly() {
            CarePlanDelivery delivery = CarePlanDelivery.of(homecare().carers(2).build(), new BigDecimal("2600"),
                    List.of(0, 0));

            assertThat(delivery.planned()).isEqualByComparingTo("2520"); // 10.5 x 60 x 2 carers x 2 weeks
            assertThat(delivery.percent()).isEqualTo(new BigDecimal("103.2"));
            assertThat(delivery.listed(EIGHTY, 3)).isFalse();
        }
    }
}
