package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepay.rules.Fixtures.homecare;
import static org.carepay.rules.Fixtures.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R2's payable minutes, through the checker (so the notes reach the result), with planned p, actual a,
 * tolerance t and unit u; defaults t = 5, u = 5, so roundUnit(m) = 5 · floor((m + 2.5) / 5).
 */
class PayableMinutesTest {

    private final CarePackage k1 = homecare().build();

    private VisitResult visit(HomecarePolicy policy, Fixtures.VisitRow row) {
        return new ReturnChecker(Fixtures.WEEK, policy, Fixtures.rates())
                .check(row.build(), ClientFacts.ALIVE_AT_HOME, k1);
    }

    private VisitResult visit(int planned, int actual) {
        return visit(HomecarePolicy.DEFAULT, line(2).minutes(planned, actual));
    }

    @ParameterizedTest(name = "planned {0}, actual {1}: paid {0}")
    @CsvSource({
            "30, 25", // a = p − t = 30 − 5: the lower end of the tolerance
            "30, 27",
            "30, 30", // a = p: the upper end
            "45, 40", // 45 − 5 = 40
    })
    void withinToleranceIsPaidAsPlanned(int planned, int actual) {
        VisitResult result = visit(planned, actual);
        assertThat(result.payableMinutes()).isEqualTo(planned);
        assertThat(result.notes()).isEmpty();
    }

    @ParameterizedTest(name = "planned {0}, actual {1}: paid {2}, {3} not paid")
    @CsvSource({
            "30, 24, 25, 5",  // 24 < 30 − 5 = 25; 5 · floor(26.5 / 5) = 5 · 5 = 25; not paid 30 − 25 = 5
            "30, 22, 20, 10", // 5 · floor(24.5 / 5) = 5 · 4 = 20; 30 − 20 = 10
            "30, 18, 20, 10", // 5 · floor(20.5 / 5) = 5 · 4 = 20; 30 − 20 = 10
            "30, 8, 10, 20",  // 5 · floor(10.5 / 5) = 5 · 2 = 10; 30 − 10 = 20
            "30, 7, 5, 25",   // 5 · floor(9.5 / 5) = 5 · 1 = 5; 30 − 5 = 25
            "30, 3, 5, 25",   // 5 · floor(5.5 / 5) = 5 · 1 = 5: 3 minutes are paid 5
            "30, 2, 0, 30",   // 5 · floor(4.5 / 5) = 0: a visit of 2 minutes is paid 0
            "30, 1, 0, 30",   // 5 · floor(3.5 / 5) = 0: nor 1 minute
    })
    void aShortVisitIsPaidItsActualMinutesToTheNearestUnit(int planned, int actual, int paid, int notPaid) {
        VisitResult result = visit(planned, actual);
        assertThat(result.accepted()).isTrue();
        assertThat(result.payableMinutes()).isEqualTo(paid);
        assertThat(result.notes()).containsExactly(new Note(VisitCode.SHORT_VISIT,
                "planned " + planned + ", actual " + actual + ": paid " + paid, notPaid));
    }

    @Test
    void aShortVisitPaidNothingIsStillAcceptedForNothing() {
        VisitResult result = visit(30, 2); // roundUnit(2) = 0
        assertThat(result.accepted()).isTrue();
        assertThat(result.carerMinutes()).isZero(); // 0 × 1
        assertThat(result.amountBeforeCap()).isEqualByComparingTo("0.00");
    }

    @Test
    void overDeliveryWithoutAVariationIsPaidAsPlanned() {
        VisitResult result = visit(45, 52); // a > p, no variation_ref: paid 45, excess 52 − 45 = 7
        assertThat(result.payableMinutes()).isEqualTo(45);
        assertThat(result.notes()).containsExactly(new Note(VisitCode.OVER_DELIVERY,
                "planned 45, actual 52, no variation_ref: paid 45, 7 minutes excess not paid", 7));
    }

    @Test
    void aBlankVariationRefIsNoVariation() {
        VisitResult result = visit(HomecarePolicy.DEFAULT, line(2).minutes(30, 41).variation(" "));
        assertThat(result.payableMinutes()).isEqualTo(30); // paid p; excess 41 − 30 = 11
        assertThat(result.notes()).extracting(Note::code, Note::minutesNotPaid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VisitCode.OVER_DELIVERY, 11));
    }

    @ParameterizedTest(name = "planned {0}, actual {1} with a variation: paid {2}")
    @CsvSource({
            "45, 62, 60", // roundUnit(62) = 5 · floor(64.5 / 5) = 60; max(45, 60) = 60
            "45, 48, 50", // roundUnit(48) = 5 · floor(50.5 / 5) = 50; max(45, 50) = 50
            "45, 47, 45", // roundUnit(47) = 5 · floor(49.5 / 5) = 45; max(45, 45) = 45
            "31, 32, 31", // roundUnit(32) = 5 · floor(34.5 / 5) = 30; max(31, 30) = 31: never below plan
    })
    void anAuthorisedVariationIsPaidItsRoundedActualButNotBelowPlan(int planned, int actual, int paid) {
        VisitResult result = visit(HomecarePolicy.DEFAULT, line(2).minutes(planned, actual).variation("VAR-0147"));
        assertThat(result.payableMinutes()).isEqualTo(paid);
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void aVariationDoesNotChangeAShortVisit() {
        // 18 < 30 − 5: short, whatever the variation_ref; 5 · floor(20.5 / 5) = 20.
        VisitResult result = visit(HomecarePolicy.DEFAULT, line(2).minutes(30, 18).variation("VAR-0147"));
        assertThat(result.payableMinutes()).isEqualTo(20);
        assertThat(result.notes()).extracting(Note::code).containsExactly(VisitCode.SHORT_VISIT);
    }

    @ParameterizedTest(name = "t=10, u=15: planned {0}, actual {1}: paid {2}")
    @CsvSource({
            "45, 35, 45", // 35 = 45 − 10: within the council's tolerance (with t = 5 it would be short)
            "45, 44, 45",
            "45, 34, 30", // 34 < 35: 15 · floor((34 + 7.5) / 15) = 15 · floor(2.77) = 30
            "45, 22, 15", // 15 · floor(29.5 / 15) = 15 · 1 = 15
            "45, 23, 30", // 15 · floor(30.5 / 15) = 15 · 2 = 30
            "45, 7, 0",   // 15 · floor(14.5 / 15) = 0
            "45, 8, 15",  // 15 · floor(15.5 / 15) = 15
    })
    void aCouncilsOwnToleranceAndUnit(int planned, int actual, int paid) {
        VisitResult result = visit(new HomecarePolicy(10, 15), line(2).minutes(planned, actual));
        assertThat(result.payableMinutes()).isEqualTo(paid);
        assertThat(result.notes()).extracting(Note::code)
                .isEqualTo(actual < planned - 10 ? List.of(VisitCode.SHORT_VISIT) : List.of());
    }

    @Test
    void theDefaultPolicyPaysTheSameVisitDifferently() {
        // planned 45, actual 35: with t = 5, 35 < 40 is short: 5 · floor(37.5 / 5) = 35, 10 not paid.
        VisitResult result = visit(45, 35);
        assertThat(result.payableMinutes()).isEqualTo(35);
        assertThat(result.notes()).extracting(Note::minutesNotPaid).containsExactly(10);
    }

    @Test
    void aCouncilsOwnUnitForAnAuthorisedVariation() {
        HomecarePolicy council = new HomecarePolicy(10, 15);
        // roundUnit(53) = 15 · floor(60.5 / 15) = 60; max(45, 60) = 60
        assertThat(visit(council, line(2).minutes(45, 53).variation("V1")).payableMinutes()).isEqualTo(60);
        // roundUnit(52) = 15 · floor(59.5 / 15) = 45; max(45, 45) = 45
        assertThat(visit(council, line(2).minutes(45, 52).variation("V1")).payableMinutes()).isEqualTo(45);
    }

    @Test
    void aShortVisitIsRoundedAsTheRuleIsWrittenEvenAbovePlanWhenToleranceIsBelowHalfAUnit() {
        // Only a policy with t < u/2 can do this (never the defaults): t = 0, u = 15, p = 24, a = 23.
        // 23 < 24 − 0: short; roundUnit(23) = 15 · floor(30.5 / 15) = 30, which is above p: 24 − 30 = −6.
        VisitResult result = visit(new HomecarePolicy(0, 15), line(2).minutes(24, 23));
        assertThat(result.payableMinutes()).isEqualTo(30);
        assertThat(result.notes()).extracting(Note::minutesNotPaid).containsExactly(-6);
    }
}
