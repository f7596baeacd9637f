package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** roundUnit(m) = u · floor((m + u/2) / u), with u/2 an exact half. */
class HomecarePolicyTest {

    @Test
    void theDefaultsAreRulesMdsBoldValues() {
        // R2: tolerance **5 minutes**, rounding unit **5 minutes**.
        assertThat(HomecarePolicy.DEFAULT).isEqualTo(new HomecarePolicy(5, 5));
    }

    @ParameterizedTest(name = "u=5: roundUnit({0}) = {1}")
    @CsvSource({
            "0, 0",   // 5 · floor(2.5 / 5) = 5 · floor(0.5) = 0
            "1, 0",   // 5 · floor(3.5 / 5) = 5 · floor(0.7) = 0
            "2, 0",   // 5 · floor(4.5 / 5) = 5 · floor(0.9) = 0
            "3, 5",   // 5 · floor(5.5 / 5) = 5 · floor(1.1) = 5
            "7, 5",   // 5 · floor(9.5 / 5) = 5 · floor(1.9) = 5
            "8, 10",  // 5 · floor(10.5 / 5) = 5 · floor(2.1) = 10
            "22, 20", // 5 · floor(24.5 / 5) = 5 · floor(4.9) = 20
            "23, 25", // 5 · floor(25.5 / 5) = 5 · floor(5.1) = 25
            "62, 60", // 5 · floor(64.5 / 5) = 5 · floor(12.9) = 60
            "1440, 1440", // 5 · floor(1442.5 / 5) = 5 · floor(288.5) = 1440
    })
    void anOddUnitRoundsToTheNearestWithAnExactHalf(int minutes, int rounded) {
        assertThat(HomecarePolicy.DEFAULT.roundUnit(minutes)).isEqualTo(rounded);
    }

    @ParameterizedTest(name = "u=15: roundUnit({0}) = {1}")
    @CsvSource({
            "7, 0",   // 15 · floor(14.5 / 15) = 15 · 0 = 0
            "8, 15",  // 15 · floor(15.5 / 15) = 15 · 1 = 15
            "22, 15", // 15 · floor(29.5 / 15) = 15 · 1 = 15
            "23, 30", // 15 · floor(30.5 / 15) = 15 · 2 = 30
            "52, 45", // 15 · floor(59.5 / 15) = 15 · 3 = 45
            "53, 60", // 15 · floor(60.5 / 15) = 15 · 4 = 60
    })
    void aCouncilsOwnUnitOf15(int minutes, int rounded) {
        assertThat(new HomecarePolicy(10, 15).roundUnit(minutes)).isEqualTo(rounded);
    }

    @ParameterizedTest(name = "u=4: roundUnit({0}) = {1}")
    @CsvSource({
            "1, 0", // 4 · floor(3 / 4) = 0
            "2, 4", // 4 · floor(4 / 4) = 4: an exact half goes up
            "6, 8", // 4 · floor(8 / 4) = 8: an exact half goes up
            "5, 4", // 4 · floor(7 / 4) = 4
    })
    void anEvenUnitRoundsAnExactHalfUp(int minutes, int rounded) {
        assertThat(new HomecarePolicy(5, 4).roundUnit(minutes)).isEqualTo(rounded);
    }

    @Test
    void aUnitOfOneMinutePaysTheMinutes() {
        // 1 · floor((2·17 + 1) / 2) = floor(35 / 2) = 17
        assertThat(new HomecarePolicy(0, 1).roundUnit(17)).isEqualTo(17);
    }

    @Test
    void aNegativeToleranceOrAUnitBelowOneIsNotAPolicy() {
        assertThatThrownBy(() -> new HomecarePolicy(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HomecarePolicy(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
