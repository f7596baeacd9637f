package org.carepay.audit;

import java.math.BigDecimal;


/** A control total: how many lines and how much, of a file or of the ledger, for one provider or client. */
record Total(long lines, BigDecimal amount) {

    static final Total NONE = new Total(0, BigDecimal.ZERO);

    Total plus(Total other) {
        return new Total(lines + other.lines, amount.add(other.amount));
    }

    /** Equal in count and in value (2.5 and 2.50 are the same money). */
    boolean agrees(Total other) {
        return lines == other.lines && amount.compareTo(other.amount) == 0;
    }

    @Override
    public String toString() {
        return lines + (lines == 1 ? " line, " : " lines, ") + amount.setScale(Math.max(2, amount.scale()))
                .toPlainString(); // as money, or with the third decimal a changed file may have
    }
}
