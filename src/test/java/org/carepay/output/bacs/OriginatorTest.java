package org.carepay.output.bacs;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginatorTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "20-15-75", "20157", "2015750", "2O1575"})
    void aMalformedSortCodeIsRefused(String sortCode) {
        assertThatThrownBy(() -> new Originator(sortCode, "90817263", "EXAMPLE COUNCIL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("originator sort code must be exactly 6 digits");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "9081726", "908172630", "9081-263"})
    void aMalformedAccountNumberIsRefused(String accountNumber) {
        assertThatThrownBy(() -> new Originator("201575", accountNumber, "EXAMPLE COUNCIL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("originator account number must be exactly 8 digits");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aBlankNameIsRefused(String name) {
        assertThatThrownBy(() -> new Originator("201575", "90817263", name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("originator name must not be blank");
    }

    @Test
    void aNameLongerThanEighteenCharactersIsRefusedNotCut() {
        assertThatThrownBy(() -> new Originator("201575", "90817263", "EXAMPLE CITY COUNCIL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("originator name must be at most 18 characters, has 20");
    }

    @Test
    void aNameWithACharacterTheBankRefusesIsRefusedNotChanged() {
        assertThatThrownBy(() -> new Originator("201575", "90817263", "ST MARY'S COUNCIL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only letters, digits, full stop, &, /, - and space");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXAMPLE COUNCIL", "Example Council", "A", "B&NES COUNCIL ASC.", "ASC/FINANCE-2"})
    void aNameOfUpToEighteenBacsCharactersIsTaken(String name) {
        assertThatCode(() -> new Originator("201575", "90817263", name)).doesNotThrowAnyException();
    }
}
