package org.carepay.payments.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QaPolicyTest {

    @Test
    void theDefaultsAreRulesMdR8() {
        assertThat(QaPolicy.DEFAULT.varianceFraction()).isEqualByComparingTo("0.25");
        assertThat(QaPolicy.DEFAULT.varianceAmount()).isEqualByComparingTo("500");
        assertThat(QaPolicy.DEFAULT.largeLine()).isEqualByComparingTo("5000");
        assertThat(QaPolicy.DEFAULT.bankChangeDays()).isEqualTo(28);
    }

    @Test
    void itsValuesAreRecordedByNameInNameOrder() {
        assertThat(QaPolicy.DEFAULT.values()).containsExactly(
                entry("qa.bank_change_days", "28"),
                entry("qa.large_line", "5000.00"),
                entry("qa.variance_amount", "500.00"),
                entry("qa.variance_fraction", "0.25"));
        QaPolicy other = new QaPolicy(new BigDecimal("0.300"), new BigDecimal("750"), new BigDecimal("10000.5"), 14);
        assertThat(other.values()).containsExactly(
                entry("qa.bank_change_days", "14"),
                entry("qa.large_line", "10000.50"),
                entry("qa.variance_amount", "750.00"),
                entry("qa.variance_fraction", "0.3"));
    }

    @Test
    void nonsenseIsRefused() {
        BigDecimal amount = new BigDecimal("500.00");
        assertThatThrownBy(() -> new QaPolicy(new BigDecimal("-0.01"), amount, amount, 28))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QaPolicy(BigDecimal.ONE, new BigDecimal("-1"), amount, 28))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QaPolicy(BigDecimal.ONE, amount, new BigDecimal("0.001"), 28))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QaPolicy(BigDecimal.ONE, amount, amount, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
