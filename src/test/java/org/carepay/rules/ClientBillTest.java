package org.carepay.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.carepay.rules.ChargeLine.Type;
import org.carepay.rules.ClientBill.Outcome;
import org.carepay.rules.CourtOfProtectionDebt.AccruedWeek;
import org.carepay.rules.WeekCharge.Status;
import org.junit.jupiter.api.Test;

/** R6: a client's bill for a period, who receives it, and a Court of Protection debt. */
class ClientBillTest {

    private static final LocalDate W1 = LocalDate.of(2026, 11, 16);
    private static final LocalDate W2 = LocalDate.of(2026, 11, 23);
    private static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 13);

    private static ChargeLine week(LocalDate week, String charge, Status status) {
        return new ChargeLine(week, Type.WEEK, new BigDecimal("500.00"), new BigDecimal(charge), new BigDecimal(charge),
                status, null);
    }

    @Test
    void onlyBilledLinesAreInTheBill() {
        // 38.75 + 41.30 billed = 80.05 in 2 lines; the not-assessed and accrued weeks are shown, not billed
        ClientBill bill = ClientBill.of(List.of(week(W1, "38.75", Status.BILLED), week(W2, "41.30", Status.BILLED),
                week(W1, "12.00", Status.NOT_ASSESSED), week(W2, "225.90", Status.ACCRUED)));
        assertThat(bill.total()).isEqualByComparingTo("80.05");
        assertThat(bill.lineCount()).isEqualTo(2);
        assertThat(bill.outcome()).isEqualTo(Outcome.DEBTORS);
    }

    @Test
    void aZeroBillIsNotSentAndANegativeOneBecomesARefundProposal() {
        assertThat(ClientBill.of(List.of(week(W1, "0.00", Status.BILLED))).outcome()).isEqualTo(Outcome.NOT_SENT);
        assertThat(ClientBill.of(List.of()).outcome()).isEqualTo(Outcome.NOT_SENT);
        // a WEEK line of 10.00 and a CREDIT of -25.00: -15.00, two lines
        ClientBill credit = ClientBill.of(List.of(week(W2, "10.00", Status.BILLED),
                new ChargeLine(W1, Type.CREDIT, null, null, new BigDecimal("-25.00"), Status.BILLED, null)));
        assertThat(credit.total()).isEqualByComparingTo("-15.00");
        assertThat(credit.lineCount()).isEqualTo(2);
        assertThat(credit.outcome()).isEqualTo(Outcome.REFUND_PROPOSAL);
    }

    @Test
    void theBillGoesToTheEstateToTheRepresentativeOrToTheClient() {
        // died on the period's last day: the estate, even with a representative
        assertThat(ClientBill.billTo("Harold", "Bexley", PERIOD_END, "Janet Hartley", PERIOD_END))
                .isEqualTo("Estate of Harold Bexley");
        // died after the period: not yet the estate
        assertThat(ClientBill.billTo("Harold", "Bexley", PERIOD_END.plusDays(1), null, PERIOD_END))
                .isEqualTo("Harold Bexley");
        assertThat(ClientBill.billTo("Winifred", "Vickers", null, "Pemberton Law LLP (Deputy)", PERIOD_END))
                .isEqualTo("Pemberton Law LLP (Deputy)");
        assertThat(ClientBill.billTo("Ada", "Rowbotham", null, " ", PERIOD_END)).isEqualTo("Ada Rowbotham");
    }

    @Test
    void anAccruedDebtIsBilledInOneLineDatedByItsFirstWeek() {
        // 225.90 + 225.90 + 112.95 = 564.75 from the earliest week, whatever the order given
        CourtOfProtectionDebt debt = CourtOfProtectionDebt.of(List.of(new AccruedWeek(W2, new BigDecimal("225.90")),
                new AccruedWeek(W1, new BigDecimal("225.90")), new AccruedWeek(W2.plusWeeks(1), new BigDecimal("112.95"))));
        assertThat(debt.accruedFrom()).isEqualTo(W1);
        assertThat(debt.amount()).isEqualByComparingTo("564.75");
        ChargeLine line = debt.arrearsLine();
        assertThat(line.type()).isEqualTo(Type.COP_ARREARS);
        assertThat(line.weekStart()).isEqualTo(W1);
        assertThat(line.charge()).isEqualByComparingTo("564.75");
        assertThat(line.status()).isEqualTo(Status.BILLED);
        assertThat(line.chargeableCost()).isNull();
        assertThat(ClientBill.of(List.of(line)).total()).isEqualByComparingTo("564.75");
    }
}
