package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.carepay.rules.Fixtures.FRI;
import static org.carepay.rules.Fixtures.MON;
import static org.carepay.rules.Fixtures.SAT;
import static org.carepay.rules.Fixtures.THU;
import static org.carepay.rules.Fixtures.TUE;
import static org.carepay.rules.Fixtures.WED;
import static org.carepay.rules.Fixtures.homecare;
import static org.carepay.rules.Fixtures.line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R2's weekly cap = floor(planned_units_per_week × 60 × package carers) carer-minutes for the visits
 * without a variation_ref, in order of (visit_date, actual_start, record number). P01's rate is 25.20
 * until Wednesday and 26.40 from Thursday 2026-11-19.
 */
class WeeklyCapTest {

    /** Checks the lines in record order as the run does, then hands them to the cap in reverse. */
    private static List<PaidVisit> capped(CarePackage pkg, Fixtures.VisitRow... rows) {
        ReturnChecker checker = Fixtures.checker();
        List<VisitResult> accepted = new ArrayList<>();
        for (Fixtures.VisitRow row : rows) {
            VisitResult result = checker.check(row.build(), ClientFacts.ALIVE_AT_HOME, pkg);
            assertThat(result.accepted()).as("record %d accepted", row.recordNo).isTrue();
            accepted.add(result);
        }
        Collections.reverse(accepted); // the cap orders them itself
        return WeeklyCap.apply(pkg, accepted);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @ParameterizedTest(name = "{0} h × 60 × {1} carers → {2}")
    @CsvSource({
            "10.5, 1, 630",   // 10.5 × 60 = 630
            "15.75, 2, 1890", // 15.75 × 60 × 2 = 1890
            "0.99, 1, 59",    // 0.99 × 60 = 59.4 → floor 59
            "1.333, 1, 79",   // 1.333 × 60 = 79.98 → floor 79
            "0, 1, 0",
    })
    void theCapIsTheFloorOfThePlannedCarerMinutes(String hours, int carers, long cap) {
        assertThat(WeeklyCap.capOf(homecare().plannedHours(hours).carers(carers).build())).isEqualTo(cap);
    }

    @Test
    void theVisitThatCrossesTheCapIsPaidWhatIsLeftAndEveryLaterOneNothing() {
        CarePackage twoHours = homecare().plannedHours("2").build(); // cap = floor(2 × 60 × 1) = 120
        List<PaidVisit> lines = capped(twoHours,
                line(2).on(MON).at("08:00").minutes(30, 30),
                line(3).on(TUE).at("08:00").minutes(30, 30),
                line(4).on(WED).at("08:00").minutes(45, 45),
                line(5).on(THU).at("08:00").minutes(30, 30),
                line(6).on(FRI).at("08:00").minutes(30, 30),
                line(7).on(SAT).at("08:00").minutes(30, 30).variation("VAR-1"));
        assertThat(lines).extracting(line -> line.result().visit().recordNo(), PaidVisit::carerMinutesPaid,
                PaidVisit::amount).containsExactly(
                tuple(2, 30, money("12.60")), // total 30 ≤ 120; 30 × 25.20 / 60 = 756 / 60 = 12.60
                tuple(3, 30, money("12.60")), // total 60
                tuple(4, 45, money("18.90")), // total 105; 45 × 25.20 / 60 = 1134 / 60 = 18.90
                tuple(5, 15, money("6.60")),  // crosses: 120 − 105 = 15 left; 15 × 26.40 / 60 = 396 / 60 = 6.60
                tuple(6, 0, money("0.00")),   // after the cap: 0, still a payment line
                tuple(7, 30, money("13.20"))); // variation, outside the cap: 30 × 26.40 / 60 = 792 / 60 = 13.20
        assertThat(lines.get(3).notes()).containsExactly(new Note(VisitCode.WEEKLY_CAP_EXCEEDED,
                "cap 120, 105 used before it: 15 of its 30 carer-minutes paid, 15 not paid", 15)); // 30 − 15
        assertThat(lines.get(4).notes()).containsExactly(new Note(VisitCode.WEEKLY_CAP_EXCEEDED,
                "cap 120, 120 used before it: 0 of its 30 carer-minutes paid, 30 not paid", 30)); // 30 − 0
        assertThat(lines.get(0).notes()).isEmpty();
        assertThat(lines.get(5).notes()).isEmpty();
        assertThat(lines.stream().map(PaidVisit::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(money("63.90")); // 12.60 + 12.60 + 18.90 + 6.60 + 0.00 + 13.20
    }

    @Test
    void reachingTheCapExactlyIsWithinIt() {
        CarePackage oneHour = homecare().plannedHours("1").build(); // cap 60
        List<PaidVisit> lines = capped(oneHour,
                line(2).on(MON).minutes(30, 30),
                line(3).on(TUE).minutes(30, 30));
        assertThat(lines).extracting(PaidVisit::carerMinutesPaid).containsExactly(30, 30); // 30 + 30 = 60 = cap
        assertThat(lines).allSatisfy(line -> assertThat(line.notes()).isEmpty());
    }

    @Test
    void visitsAreTakenByDateThenActualStartNotByRecord() {
        CarePackage oneHour = homecare().plannedHours("1").build(); // cap 60
        List<PaidVisit> lines = capped(oneHour,
                line(2).on(TUE).at("08:00").minutes(30, 30),
                line(3).on(TUE).at("07:30").minutes(30, 30),
                line(4).on(MON).at("20:00").minutes(30, 30));
        // Order: record 4 (Mon), record 3 (Tue 07:30), record 2 (Tue 08:00).
        assertThat(lines).extracting(line -> line.result().visit().recordNo(), PaidVisit::carerMinutesPaid)
                .containsExactly(
                        tuple(4, 30),  // total 30
                        tuple(3, 30),  // total 60 = cap
                        tuple(2, 0));  // nothing left: 30 not paid
    }

    @Test
    void theRecordNumberBreaksATie() {
        // Two returns' lines can share a date and start (one return cannot: DUPLICATE_VISIT).
        CarePackage halfHour = homecare().plannedHours("0.5").build(); // cap = 0.5 × 60 = 30
        BigDecimal rate = money("25.20");
        VisitResult later = new VisitResult(line(9).on(WED).at("08:00").build(), null, 30, 1, 30, rate, List.of());
        VisitResult earlier = new VisitResult(line(4).on(WED).at("08:00").build(), null, 30, 1, 30, rate, List.of());
        List<PaidVisit> lines = WeeklyCap.apply(halfHour, List.of(later, earlier));
        assertThat(lines).extracting(line -> line.result().visit().recordNo(), PaidVisit::carerMinutesPaid)
                .containsExactly(tuple(4, 30), tuple(9, 0));
    }

    @Test
    void variationVisitsArePaidInFullAndDoNotCount() {
        CarePackage oneHour = homecare().plannedHours("1").build(); // cap 60
        List<PaidVisit> lines = capped(oneHour,
                line(2).on(MON).minutes(30, 62).variation("VAR-RB-0147"),
                line(3).on(TUE).minutes(30, 30),
                line(4).on(WED).minutes(30, 30),
                line(5).on(THU).minutes(30, 30),
                line(6).on(FRI).minutes(30, 30).variation("VAR-RB-0150"));
        assertThat(lines).extracting(line -> line.result().visit().recordNo(), PaidVisit::carerMinutesPaid,
                PaidVisit::amount).containsExactly(
                tuple(2, 60, money("25.20")), // max(30, roundUnit(62) = 60) = 60, not counted; 60 × 25.20 / 60
                tuple(3, 30, money("12.60")), // counted total 30
                tuple(4, 30, money("12.60")), // counted total 60 = cap
                tuple(5, 0, money("0.00")),   // cap reached
                tuple(6, 30, money("13.20"))); // variation after the cap: still in full, 30 × 26.40 / 60
    }

    @Test
    void twoCarerPackagesHaveTwiceTheCap() {
        CarePackage twoCarers = homecare().plannedHours("0.5").carers(2).build(); // cap = 0.5 × 60 × 2 = 60
        List<PaidVisit> lines = capped(twoCarers,
                line(2).on(MON).minutes(30, 30).carers(2),  // 30 × 2 = 60 carer-minutes, total 60 = cap
                line(3).on(TUE).minutes(30, 30).carers(1)); // 30 × 1 = 30, nothing left
        assertThat(lines).extracting(PaidVisit::carerMinutesPaid, PaidVisit::amount).containsExactly(
                tuple(60, money("25.20")), // 60 × 25.20 / 60
                tuple(0, money("0.00")));
        assertThat(lines.get(1).notes()).extracting(Note::minutesNotPaid).containsExactly(30);
    }

    @Test
    void aShortVisitCutByTheCapKeepsItsNoteAndGetsTheCapsToo() {
        CarePackage oneHour = homecare().plannedHours("1").build(); // cap 60
        List<PaidVisit> lines = capped(oneHour,
                line(2).on(MON).minutes(45, 45),  // 45, total 45
                line(3).on(TUE).minutes(30, 22)); // short: roundUnit(22) = 20; 60 − 45 = 15 left, 5 not paid
        PaidVisit cut = lines.get(1);
        assertThat(cut.carerMinutesPaid()).isEqualTo(15);
        assertThat(cut.amount()).isEqualTo(money("6.30")); // 15 × 25.20 / 60 = 378 / 60 = 6.30
        assertThat(cut.notes()).extracting(Note::code, Note::minutesNotPaid).containsExactly(
                tuple(VisitCode.SHORT_VISIT, 10),          // 30 − 20
                tuple(VisitCode.WEEKLY_CAP_EXCEEDED, 5));  // 20 − 15
    }

    @Test
    void aVisitOfNoCarerMinutesAfterTheCapIsNotReducedByIt() {
        CarePackage halfHour = homecare().plannedHours("0.5").build(); // cap 30
        List<PaidVisit> lines = capped(halfHour,
                line(2).on(MON).minutes(30, 30), // total 30 = cap
                line(3).on(TUE).minutes(30, 2)); // roundUnit(2) = 0: nothing to cut
        assertThat(lines.get(1).carerMinutesPaid()).isZero();
        assertThat(lines.get(1).amount()).isEqualTo(money("0.00"));
        assertThat(lines.get(1).notes()).extracting(Note::code).containsExactly(VisitCode.SHORT_VISIT);
    }

    @Test
    void noVisitsNoLines() {
        assertThat(WeeklyCap.apply(homecare().build(), List.of())).isEmpty();
    }

    @Test
    void onlyAcceptedVisitsOfThePackageAreCapped() {
        VisitResult refused = Fixtures.checker().check(line(2).minutes(30, 0).build(), ClientFacts.ALIVE_AT_HOME,
                homecare().build());
        assertThatThrownBy(() -> WeeklyCap.apply(homecare().build(), List.of(refused)))
                .isInstanceOf(IllegalArgumentException.class);
        VisitResult otherPackage = Fixtures.checker().check(line(2).pkg("K2").build(), ClientFacts.ALIVE_AT_HOME,
                homecare().id("K2").build());
        assertThatThrownBy(() -> WeeklyCap.apply(homecare().build(), List.of(otherPackage)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
