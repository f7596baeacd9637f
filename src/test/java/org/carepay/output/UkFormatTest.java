package org.carepay.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class UkFormatTest {

    @Test
    void amountsHaveTwoDecimalsAndACommaBetweenThousands() {
        assertThat(UkFormat.amount(new BigDecimal("0"))).isEqualTo("0.00");
        assertThat(UkFormat.amount(new BigDecimal("999.99"))).isEqualTo("999.99");
        assertThat(UkFormat.amount(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(UkFormat.amount(new BigDecimal("-1234567.890"))).isEqualTo("-1,234,567.89");
        assertThat(UkFormat.amount(new BigDecimal("-100"))).isEqualTo("-100.00");
        assertThat(UkFormat.money(new BigDecimal("-12.6"))).isEqualTo("-£12.60");
    }

    @Test
    void anAmountWithPartOfAPennyIsABugUpstreamAndIsNotRounded() {
        assertThatThrownBy(() -> UkFormat.amount(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void ratesKeepTheirDecimalsBeyondThePennyUpToSix() {
        assertThat(UkFormat.rate(new BigDecimal("112.5"))).isEqualTo("£112.50");
        assertThat(UkFormat.rate(new BigDecimal("18.525"))).isEqualTo("£18.525");
        assertThat(UkFormat.rate(new BigDecimal("1E+3"))).isEqualTo("£1,000.00");
        assertThat(UkFormat.rate(new BigDecimal("2.1234565"))).isEqualTo("£2.123456"); // half to even
        assertThat(UkFormat.rate(new BigDecimal("2.1234575"))).isEqualTo("£2.123458");
        assertThat(UkFormat.rate(new BigDecimal("1.10000004"))).isEqualTo("£1.10");
    }
}
