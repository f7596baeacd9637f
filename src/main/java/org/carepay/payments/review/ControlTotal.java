package org.carepay.payments.review;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/**
 * The control totals of one output file of a run (R8: they must equal the run's ledger).
 *
 * @param file      the file's path inside the run's folder, e.g. {@code payment-lines.csv}
 * @param lines     its data rows (the header not counted)
 * @param amount    the sum of its amounts
 * @param parties   the distinct providers in it (a payment run's file) or clients (a billing run's)
 */
public record ControlTotal(String file, long lines, BigDecimal amount, int parties) {

    /** Both files list control totals by file name, in code point order. */
    static final Comparator<ControlTotal> ORDER = Comparator.comparing(ControlTotal::file, Text.CODE_POINT_ORDER);

    public ControlTotal {
        Objects.requireNonNull(file, "file");
        if (lines < 0 || parties < 0) {
            throw new IllegalArgumentException(file + ": lines and parties must be 0 or more");
        }
        Money.pennies(amount, "amount");
    }
}
