package org.carepay.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The audit counts a remittance's rows of money paid, in today's layout and in the one released runs kept. */
class RemittancePaidRowsTest {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void rowsWithAnAmountArePaidExceptionsAreNot() throws IOException {
        List<CSVRecord> rows = CSV.parse(new StringReader("""
                remittance_ref,section,client_id,amount,not_paid
                HC261116-1/P01,PAID,C1,18.90,
                HC261116-1/P01,CORRECTION,C1,-12.60,
                HC261116-1/P01,NOT_PAID,C1,,6.60
                """)).getRecords();
        assertThat(rows).map(ControlTotalsCheck::remittancePaid).containsExactly(true, true, false);
    }

    @Test
    void aRemittanceWrittenBeforeDecember2026CountsItsLineRows() throws IOException {
        List<CSVRecord> rows = CSV.parse(new StringReader("""
                record,client_id,code,amount
                LINE,C1,,18.90
                EXCEPTION,C1,SHORT_VISIT,6.60
                """)).getRecords();
        assertThat(rows).map(ControlTotalsCheck::remittancePaid).containsExactly(true, false);
    }
}
