package org.carepay.output.bacs;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -123_456, Long.MIN_VALUE})
    void aNonPositiveAmountIsRefused(long pence) {
        assertThatThrownBy(() -> new Credit("402615", "31558204", "Bramble", pence, "RA1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above zero");
    }

    @ParameterizedTest
    @ValueSource(longs = {100_000_000_000L, Long.MAX_VALUE})
    void anAmountWiderThanElevenDigitsIsRefused(long pence) {
        assertThatThrownBy(() -> new Credit("402615", "31558204", "Bramble", pence, "RA1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 digits");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "40-26-15", "40261", "4026150", "40261a", " 402615", "４０２６１５"})
    void aMalformedSortCodeIsRefusedWithoutEchoingIt(String sortCode) {
        assertThatThrownBy(() -> new Credit(sortCode, "31558204", "Bramble", 1, "RA1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("destination sort code must be exactly 6 digits");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "3155820", "315582041", "3155 204", "3155820X"})
    void aMalformedAccountNumberIsRefusedWithoutEchoingIt(String accountNumber) {
        assertThatThrownBy(() -> new Credit("402615", accountNumber, "Bramble", 1, "RA1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("destination account number must be exactly 8 digits");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "'''", "£$%"})
    void aNameOrReferenceTheBankWouldSeeBlankIsRefused(String text) {
        assertThatThrownBy(() -> new Credit("402615", "31558204", text, 1, "RA1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("destination account name has no character the bank accepts");
        assertThatThrownBy(() -> new Credit("402615", "31558204", "Bramble", 1, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reference has no character the bank accepts");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 99_999_999_999L})
    void theAmountsAtTheEdgesOfTheFieldAreTaken(long pence) {
        assertThatCode(() -> new Credit("402615", "31558204", "Bramble", pence, "RA1")).doesNotThrowAnyException();
    }
}
