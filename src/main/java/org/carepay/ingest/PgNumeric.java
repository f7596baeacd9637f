package org.carepay.ingest;

import java.nio.ByteBuffer;

/**
 * A plain decimal ("-1234.50") in PostgreSQL's binary numeric form: base-10000 digits grouped from
 * the decimal point, the weight of the first group, the sign and the display scale (the decimals as
 * written, so 1234.50 stays 1234.50).
 */
final class PgNumeric {

    private static final short POSITIVE = 0x0000;
    private static final short NEGATIVE = 0x4000;

    private PgNumeric() {
    }

    static void write(String decimal, ByteBuffer out) {
        boolean negative = decimal.charAt(0) == '-';
        String digits = negative ? decimal.substring(1) : decimal;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);
        int wholeGroups = (whole.length() + 3) / 4;
        int fractionGroups = (fraction.length() + 3) / 4;
        String aligned = "0".repeat(wholeGroups * 4 - whole.length()) + whole
                + fraction + "0".repeat(fractionGroups * 4 - fraction.length());
        short[] groups = new short[wholeGroups + fractionGroups];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = Short.parseShort(aligned.substring(i * 4, i * 4 + 4));
        }
        int first = 0;
        while (first < groups.length && groups[first] == 0) {
            first++;
        }
        int last = groups.length;
        while (last > first && groups[last - 1] == 0) {
            last--;
        }
        int count = last - first;
        out.putInt(8 + 2 * count);
        out.putShort((short) count);
        out.putShort((short) (count == 0 ? 0 : wholeGroups - 1 - first));
        out.putShort(negative && count > 0 ? NEGATIVE : POSITIVE);
        out.putShort((short) fraction.length());
        for (int i = first; i < last; i++) {
            out.putShort(groups[i]);
        }
    }
}
