package org.carepay.payments.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R8's four flags with the default policy (25 %, £500, £5,000, 28 days), for a run first proposed on
 * Monday 2026-11-23. Every expected value is worked out by hand in the comments.
 */
class QaFlagsTest {

    static final LocalDate PROPOSED_ON = LocalDate.of(2026, 11, 23);

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** A provider with one line, a total, its released totals newest first, no bank change. */
    static ProviderTotal provider(String id, String total, String... history) {
        return new ProviderTotal(id, "SUP-" + id, money(total), 1,
                Arrays.stream(history).map(BigDecimal::new).toList(), null);
    }

    static ProviderTotal bankChanged(String id, LocalDate changedOn) {
        return new ProviderTotal(id, "SUP-" + id, money("100.00"), 1, List.of(), changedOn);
    }

    static List<QaFlag> flags(ProviderTotal... providers) {
        return QaFlags.of(QaPolicy.DEFAULT, PROPOSED_ON, List.of(providers), List.of());
    }

    static List<QaFlag> flags(LargeLine... lines) {
        return QaFlags.of(QaPolicy.DEFAULT, PROPOSED_ON, List.of(), List.of(lines));
    }

    // --- TOTAL_VARIANCE: |total − mean| > 25 % of the mean AND > £500 ---

    @ParameterizedTest(name = "total {0} against {1}: flagged {2}")
    @CsvSource({
            // one released run of 4000.00: 25 % = 1000.00 decides (£500 is passed by all of these)
            "5000.00, 4000.00, false", // +1000.00 = exactly 25 %: not more than 25 %
            "5000.01, 4000.00, true",  // +1000.01 > 1000.00 and > 500.00
            "3000.00, 4000.00, false", // −1000.00: exactly 25 % below
            "2999.99, 4000.00, true",  // −1000.01
            // one released run of 1000.00: £500 decides (25 % = 250.00 is passed by all of these)
            "1500.00, 1000.00, false", // +500.00 (50 %) = exactly £500: not more than £500
            "1500.01, 1000.00, true",  // +500.01
            "500.00, 1000.00, false",  // −500.00
            "499.99, 1000.00, true",   // −500.01
            // a mean of 0 (here 0.00 and 0.00): any difference is more than 25 % of 0, £500 decides
            "500.00, 0.00 0.00, false",   // +500.00, not more than £500
            "500.01, 0.00 0.00, true",    // +500.01
            "0.00, 0.00 0.00, false",     // no difference at all: 0 > 0 is false
            "600.00, 100.00 -100.00, true", // mean (100 − 100) / 2 = 0; +600.00
            // a negative mean (recoveries): 25 % of its size, |−4000.00| × 0.25 = 1000.00
            "-3000.00, -4000.00, false", // +1000.00 = exactly 25 %
            "-2999.99, -4000.00, true",  // +1000.01
    })
    void aTotalIsFlaggedWhenMoreThan25PercentAndMoreThan500FromTheMean(String total, String history, boolean flagged) {
        List<QaFlag> flags = flags(provider("P01", total, history.split(" ")));
        assertThat(flags).filteredOn(flag -> flag.code() == QaFlagCode.TOTAL_VARIANCE).hasSize(flagged ? 1 : 0);
    }

    @Test
    void theDetailGivesTotalMeanAndDifference() {
        assertThat(flags(provider("P01", "5000.01", "4000.00"))).containsExactly(new QaFlag(
                QaFlagCode.TOTAL_VARIANCE, "P01",
                "total 5000.01, total of the last released run 4000.00, difference +1000.01")); // 5000.01 − 4000.00
        assertThat(flags(provider("P01", "499.99", "1000.00"))).containsExactly(new QaFlag(
                QaFlagCode.TOTAL_VARIANCE, "P01",
                "total 499.99, total of the last released run 1000.00, difference -500.01")); // 499.99 − 1000.00
        assertThat(flags(provider("P01", "500.01", "0.00", "0.00"))).containsExactly(new QaFlag(
                QaFlagCode.TOTAL_VARIANCE, "P01",
                "total 500.01, mean of the last 2 released runs 0.00, difference +500.01"));
    }

    @Test
    void threeRunsGiveTheirMean() {
        // mean = (1200.00 + 1100.00 + 1300.00) / 3 = 3600.00 / 3 = 1200.00; 1800.00 − 1200.00 = +600.00,
        // more than 25 % of 1200.00 = 300.00 and more than 500.00
        assertThat(flags(provider("P01", "1800.00", "1200.00", "1100.00", "1300.00"))).containsExactly(new QaFlag(
                QaFlagCode.TOTAL_VARIANCE, "P01",
                "total 1800.00, mean of the last 3 released runs 1200.00, difference +600.00"));
        // 1700.00 − 1200.00 = +500.00: not more than £500
        assertThat(flags(provider("P01", "1700.00", "1200.00", "1100.00", "1300.00"))).isEmpty();
    }

    @Test
    void fourRunsAreComparedWithTheirExactMeanNotTheRoundedOne() {
        // sum = 1000.01 + 1000.01 + 1000.00 + 1000.00 = 4000.02; exact mean = 4000.02 / 4 = 1000.005,
        // shown half up as 1000.01.
        // 1500.01: exact difference = 1500.01 − 1000.005 = 500.005 > 500.00, flagged (taken times 4:
        // 4 × 1500.01 − 4000.02 = 6000.04 − 4000.02 = 2000.02 > 4 × 500.00 = 2000.00; and > 25 % of
        // 4000.02 = 1000.005). With the rounded mean it would have been 1500.01 − 1000.01 = 500.00, not
        // flagged. The difference 500.005 is shown half up as 500.01.
        assertThat(flags(provider("P01", "1500.01", "1000.01", "1000.01", "1000.00", "1000.00")))
                .containsExactly(new QaFlag(QaFlagCode.TOTAL_VARIANCE, "P01",
                        "total 1500.01, mean of the last 4 released runs 1000.01, difference +500.01"
                                + " (mean and difference rounded to the penny)"));
        // 1500.00: 6000.00 − 4000.02 = 1999.98 ≤ 2000.00 (exact difference 499.995): not flagged
        assertThat(flags(provider("P01", "1500.00", "1000.01", "1000.01", "1000.00", "1000.00"))).isEmpty();
    }

    @Test
    void aNegativeMeanIsComparedByItsSize() {
        // mean −1000.00 (a recovery); 0.00 − (−1000.00) = +1000.00 > 25 % of |−1000.00| = 250.00 and > 500.00;
        // a total of 0.00 is also NON_POSITIVE_TOTAL, listed after it in code order
        assertThat(flags(provider("P01", "0.00", "-1000.00"))).containsExactly(
                new QaFlag(QaFlagCode.TOTAL_VARIANCE, "P01",
                        "total 0.00, total of the last released run -1000.00, difference +1000.00"),
                new QaFlag(QaFlagCode.NON_POSITIVE_TOTAL, "P01", "total 0.00"));
    }

    @Test
    void aProviderWithNoReleasedRunIsNeverAVariance() {
        assertThat(flags(provider("P01", "99999.99"))).isEmpty();
    }

    @Test
    void theThresholdsComeFromThePolicy() {
        QaPolicy strict = new QaPolicy(money("0.10"), money("100.00"), money("1000.00"), 7);
        // 1100.01 − 1000.00 = +100.01 > 10 % of 1000.00 = 100.00 and > 100.00
        assertThat(QaFlags.of(strict, PROPOSED_ON, List.of(provider("P01", "1100.01", "1000.00")), List.of()))
                .extracting(QaFlag::code).containsExactly(QaFlagCode.TOTAL_VARIANCE);
        // +100.00: not more than either
        assertThat(QaFlags.of(strict, PROPOSED_ON, List.of(provider("P01", "1100.00", "1000.00")), List.of()))
                .isEmpty();
    }

    @Test
    void moreThanFourReleasedRunsAreRefused() {
        assertThatThrownBy(() -> provider("P01", "1.00", "1.00", "1.00", "1.00", "1.00", "1.00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 4");
    }

    // --- LARGE_LINE: amount > 5000.00 ---

    @ParameterizedTest(name = "{0}: flagged {1}")
    @CsvSource({
            "5000.00, false",  // not over £5,000
            "5000.01, true",
            "12000.00, true",
            "-6000.00, false", // a recovery is not a line over £5,000
    })
    void aLineOver5000IsFlagged(String amount, boolean flagged) {
        assertThat(flags(new LargeLine("P01", "C01", "PK01", "returns/P01-2026-11-16.csv:7", money(amount))))
                .hasSize(flagged ? 1 : 0);
    }

    @Test
    void aLargeLineSaysWhichLineItIs() {
        assertThat(flags(
                new LargeLine("P01", "C01", "PK01", "returns/P01-2026-11-16.csv:7", money("5000.01")),
                new LargeLine("P01", "C02", "", "requests/payment-requests.csv:4", money("6000")), // ad hoc
                new LargeLine("P01", null, null, "SP-2026-11-09-1", money("7500.5")))) // no client, no package
                .containsExactly( // by detail, as text: "SP…" < "requests…" < "returns…"
                        new QaFlag(QaFlagCode.LARGE_LINE, "P01", "SP-2026-11-09-1: 7500.50"),
                        new QaFlag(QaFlagCode.LARGE_LINE, "P01", "requests/payment-requests.csv:4 (client C02): 6000.00"),
                        new QaFlag(QaFlagCode.LARGE_LINE, "P01",
                                "returns/P01-2026-11-16.csv:7 (client C01, package PK01): 5000.01"));
    }

    // --- BANK_DETAILS_CHANGED: changed on or after proposedOn − 28 = 2026-10-26 ---

    @ParameterizedTest(name = "changed on {0}")
    @CsvSource(delimiter = '|', value = {
            "2026-10-25 | ",  // day −29 (2026-11-23 − 29 days): outside
            "2026-10-26 | bank details changed on 2026-10-26, 28 days before the proposal on 2026-11-23", // day −28
            "2026-11-22 | bank details changed on 2026-11-22, 1 day before the proposal on 2026-11-23",
            "2026-11-23 | bank details changed on 2026-11-23, the day of the proposal",
            "2026-11-24 | bank details changed on 2026-11-24, 1 day after the proposal on 2026-11-23",
            "2026-12-07 | bank details changed on 2026-12-07, 14 days after the proposal on 2026-11-23",
    })
    void bankDetailsChangedFrom28DaysBeforeTheProposalOnAreFlagged(LocalDate changedOn, String detail) {
        List<QaFlag> flags = flags(bankChanged("P01", changedOn));
        if (detail == null) {
            assertThat(flags).isEmpty();
        } else {
            assertThat(flags).containsExactly(new QaFlag(QaFlagCode.BANK_DETAILS_CHANGED, "P01", detail));
        }
    }

    @Test
    void noBankChangeDateIsNoFlag() {
        assertThat(flags(bankChanged("P01", null))).isEmpty();
    }

    @Test
    void theBankChangeWindowComesFromThePolicy() {
        QaPolicy sameDayOnly = new QaPolicy(money("0.25"), money("500.00"), money("5000.00"), 0);
        // 0 days: from 2026-11-23 on; 2026-11-22 is out
        assertThat(QaFlags.of(sameDayOnly, PROPOSED_ON, List.of(bankChanged("P01", LocalDate.of(2026, 11, 22)),
                bankChanged("P02", PROPOSED_ON)), List.of())).extracting(QaFlag::providerId).containsExactly("P02");
    }

    // --- NON_POSITIVE_TOTAL: total ≤ 0 ---

    @ParameterizedTest(name = "total {0}")
    @CsvSource(delimiter = '|', value = {
            "0.01 | ",
            "0.00 | total 0.00",
            "0    | total 0.00",   // any scale, shown with 2 decimals
            "-0.01 | total -0.01",
            "-250.5 | total -250.50",
    })
    void aZeroOrNegativeTotalIsFlagged(String total, String detail) {
        List<QaFlag> flags = flags(provider("P01", total));
        if (detail == null) {
            assertThat(flags).isEmpty();
        } else {
            assertThat(flags).containsExactly(new QaFlag(QaFlagCode.NON_POSITIVE_TOTAL, "P01", detail));
        }
    }

    // --- all together ---

    @Test
    void flagsAreSortedByProviderThenCodeThenDetail() {
        List<ProviderTotal> providers = List.of(
                provider("P10", "100.00"),
                provider("P02", "-700.00", "100.00"), // −800.00 from 100.00: TOTAL_VARIANCE and NON_POSITIVE_TOTAL
                new ProviderTotal("P01", "SUP-P01", money("9000.00"), 2, List.of(), LocalDate.of(2026, 11, 20)));
        List<LargeLine> lines = List.of(
                new LargeLine("P10", "C9", "PK9", "returns/P10.csv:2", money("5500.00")),
                new LargeLine("P01", "C1", "PK2", "returns/P01.csv:3", money("4000.00")), // not large
                new LargeLine("P01", "C1", "PK1", "returns/P01.csv:2", money("5000.01")));
        assertThat(QaFlags.of(QaPolicy.DEFAULT, PROPOSED_ON, providers, lines)).containsExactly(
                new QaFlag(QaFlagCode.LARGE_LINE, "P01", "returns/P01.csv:2 (client C1, package PK1): 5000.01"),
                new QaFlag(QaFlagCode.BANK_DETAILS_CHANGED, "P01",
                        "bank details changed on 2026-11-20, 3 days before the proposal on 2026-11-23"),
                new QaFlag(QaFlagCode.TOTAL_VARIANCE, "P02",
                        "total -700.00, total of the last released run 100.00, difference -800.00"),
                new QaFlag(QaFlagCode.NON_POSITIVE_TOTAL, "P02", "total -700.00"),
                new QaFlag(QaFlagCode.LARGE_LINE, "P10", "returns/P10.csv:2 (client C9, package PK9): 5500.00"));
    }

    @Test
    void aProviderTwiceInOneRunIsABug() {
        assertThatThrownBy(() -> flags(provider("P01", "1.00"), provider("P01", "2.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P01");
    }

    @Test
    void moneyMustBeWholePennies() {
        assertThatThrownBy(() -> provider("P01", "10.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> provider("P01", "10.00", "1.001")).isInstanceOf(IllegalArgumentException.class);
        assertThat(provider("P01", "10.500").total()).isEqualByComparingTo("10.50"); // trailing zeros are fine
    }
}
