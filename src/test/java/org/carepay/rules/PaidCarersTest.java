package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepay.rules.Fixtures.THU;
import static org.carepay.rules.Fixtures.WED;
import static org.carepay.rules.Fixtures.homecare;
import static org.carepay.rules.Fixtures.line;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Paid carers = min(carers, package carers); carer-minutes = payable minutes × paid carers. */
class PaidCarersTest {

    private final ReturnChecker checker = Fixtures.checker();

    private VisitResult check(Fixtures.VisitRow row, CarePackage pkg) {
        return checker.check(row.build(), ClientFacts.ALIVE_AT_HOME, pkg);
    }

    @Test
    void twoCarersOnAOneCarerPackageArePaidAsOne() {
        VisitResult result = check(line(2).on(WED).carers(2), homecare().build());
        assertThat(result.paidCarers()).isEqualTo(1);    // min(2, 1)
        assertThat(result.carerMinutes()).isEqualTo(30); // 30 × 1
        assertThat(result.notes()).containsExactly(new Note(VisitCode.CARERS_EXCEED_PLAN,
                "2 carers on a 1-carer package: paid 30 x 1", 30)); // 30 × (2 − 1) carer-minutes not paid
        assertThat(result.amountBeforeCap()).isEqualTo(new BigDecimal("12.60")); // 30 × 25.20 / 60 = 756 / 60
    }

    @Test
    void oneCarerOnATwoCarerPackageIsPaidAsOneWithoutANote() {
        VisitResult result = check(line(2).carers(1), homecare().carers(2).build());
        assertThat(result.paidCarers()).isEqualTo(1);    // min(1, 2)
        assertThat(result.carerMinutes()).isEqualTo(30); // 30 × 1
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void twoCarersOnATwoCarerPackage() {
        VisitResult result = check(line(2).on(THU).minutes(45, 44).carers(2), homecare().carers(2).build());
        assertThat(result.carerMinutes()).isEqualTo(90); // 45 (within tolerance) × 2
        assertThat(result.amountBeforeCap()).isEqualTo(new BigDecimal("39.60")); // 90 × 26.40 / 60 = 2376 / 60
    }

    @Test
    void aShortVisitWithTooManyCarersHasBothNotes() {
        // 3 carers on a 2-carer package, planned 30, actual 18: roundUnit(18) = 20, 10 minutes not paid;
        // paid 20 × min(3, 2) = 40 carer-minutes; the third carer's 20 × (3 − 2) = 20 not paid.
        VisitResult result = check(line(2).minutes(30, 18).carers(3), homecare().carers(2).build());
        assertThat(result.carerMinutes()).isEqualTo(40);
        assertThat(result.notes()).extracting(Note::code, Note::minutesNotPaid).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VisitCode.SHORT_VISIT, 10),
                org.assertj.core.groups.Tuple.tuple(VisitCode.CARERS_EXCEED_PLAN, 20));
    }
}
