package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.Test;

/**
 * R7 for charges on a copy of sample-data: period 2026-11-16 is billed and released, then reassessments
 * come in, and the next period's bill corrects the weeks already billed with ARREARS and CREDIT lines.
 * Every amount is worked out by hand from the released lines (golden/sample-data/BL-2026-11-16-1).
 */
class ChargeCorrectionsStoryTest extends CliTest {

    @Test
    void theNextBillCorrectsTheWeeksAlreadyBilled() throws IOException {
        Path inbox = sampleInboxCopy();
        run("ingest");
        run("billing-run", "period=2026-11-16", "by=ann");
        run("approve", "run=BL-2026-11-16-1", "by=bob");
        run("release", "run=BL-2026-11-16-1");

        Path contributions = inbox.resolve("reference/contributions.csv");
        String text = Files.readString(contributions)
                // C1028 reassessed down from 26.75 to 20.00 a week from 16 Nov (cost 117.00 every week).
                .replace("C1028,NON_RESIDENTIAL,2025-10-13,,26.75", "C1028,NON_RESIDENTIAL,2025-10-13,2026-11-15,26.75\n"
                        + "C1028,NON_RESIDENTIAL,2026-11-16,,20.00")
                // C1029 reassessed up from 64.30 to 70.00 (its cost, 456.75, stays above both).
                .replace("C1029,NON_RESIDENTIAL,2025-04-07,,64.30", "C1029,NON_RESIDENTIAL,2025-04-07,2026-11-15,64.30\n"
                        + "C1029,NON_RESIDENTIAL,2026-11-16,,70.00")
                // C1001 found to pay nothing from 16 Nov: its only charge, 38.75 in week 16 Nov, is credited.
                .replace("C1001,NON_RESIDENTIAL,2026-04-06,,38.75", "C1001,NON_RESIDENTIAL,2026-04-06,2026-11-15,38.75\n"
                        + "C1001,NIL,2026-11-16,,0")
                // C1019, a Court of Protection case, reassessed from 225.90 to 200.00: the credits accrue.
                .replace("C1019,RESIDENTIAL,2026-03-23,,225.90", "C1019,RESIDENTIAL,2026-03-23,2026-11-15,225.90\n"
                        + "C1019,RESIDENTIAL,2026-11-16,,200.00")
                // C1006, NOT_ASSESSED in week 16 Nov (cost 168.60), assessed at 30.00 a week.
                + "C1006,NON_RESIDENTIAL,2026-10-26,,30.00\n";
        Files.writeString(contributions, text);
        run("ingest");
        run("billing-run", "period=2026-12-14", "by=ann");

        Path bill = dir.resolve("out/billing/BL-2026-12-14-1");
        List<String> lines = Files.readAllLines(bill.resolve("charge-lines.csv"));
        // 4 weeks each for C1028, C1029 and C1019; one each for C1001 and C1006; nobody else changed. Each
        // line says what changed, for the client's statement.
        assertThat(lines).filteredOn(line -> line.contains(",ARREARS,") || line.contains(",CREDIT,")).hasSize(14);
        assertThat(linesOf(lines, "C1028")).containsExactly(
                correction("C1028", "2026-11-16", "CREDIT", "-6.75", "BILLED", "20.00", "26.75"),
                correction("C1028", "2026-11-23", "CREDIT", "-6.75", "BILLED", "20.00", "26.75"),
                correction("C1028", "2026-11-30", "CREDIT", "-6.75", "BILLED", "20.00", "26.75"),
                correction("C1028", "2026-12-07", "CREDIT", "-6.75", "BILLED", "20.00", "26.75"),
                "C1028,2026-12-14,WEEK,117.00,20.00,20.00,BILLED,",
                "C1028,2026-12-21,WEEK,117.00,20.00,20.00,BILLED,",
                "C1028,2026-12-28,WEEK,117.00,20.00,20.00,BILLED,",
                "C1028,2027-01-04,WEEK,117.00,20.00,20.00,BILLED,");
        assertThat(linesOf(lines, "C1029")).filteredOn(line -> line.contains(",ARREARS,")).containsExactly(
                correction("C1029", "2026-11-16", "ARREARS", "5.70", "BILLED", "70.00", "64.30"),
                correction("C1029", "2026-11-23", "ARREARS", "5.70", "BILLED", "70.00", "64.30"),
                correction("C1029", "2026-11-30", "ARREARS", "5.70", "BILLED", "70.00", "64.30"),
                correction("C1029", "2026-12-07", "ARREARS", "5.70", "BILLED", "70.00", "64.30"));
        assertThat(linesOf(lines, "C1006")).containsExactly(
                correction("C1006", "2026-11-16", "ARREARS", "30.00", "BILLED",
                        "assessed since: maximum charge 30.00 for the week", "30.00", "0.00"));
        assertThat(linesOf(lines, "C1001")).containsExactly(
                correction("C1001", "2026-11-16", "CREDIT", "-38.75", "BILLED", "0.00", "38.75"));
        assertThat(linesOf(lines, "C1019")).filteredOn(line -> line.contains(",CREDIT,")).containsExactly(
                correction("C1019", "2026-11-16", "CREDIT", "-25.90", "ACCRUED", "200.00", "225.90"),
                correction("C1019", "2026-11-23", "CREDIT", "-25.90", "ACCRUED", "200.00", "225.90"),
                correction("C1019", "2026-11-30", "CREDIT", "-25.90", "ACCRUED", "200.00", "225.90"),
                correction("C1019", "2026-12-07", "CREDIT", "-25.90", "ACCRUED", "200.00", "225.90"));

        // C1028: 4 x 20.00 - 4 x 6.75 = 53.00 in 8 lines; C1029: 4 x 70.00 + 4 x 5.70 = 302.80; C1006: 30.00.
        // C1001 has nothing to pay in the new period: its credit of 38.75 is a refund proposal, not a Debtors row.
        List<String> debtors = Files.readAllLines(bill.resolve("debtors-interface.csv"));
        assertThat(debtors).contains("C1028,DR105349,Gladys Haworth,2026-12-14,2027-01-10,53.00,8")
                .anyMatch(row -> row.startsWith("C1029,") && row.endsWith(",302.80,8"))
                .anyMatch(row -> row.startsWith("C1006,") && row.endsWith(",30.00,1"))
                .noneMatch(row -> row.startsWith("C1001,"));
        assertThat(Files.readAllLines(bill.resolve("refund-proposals.csv"))).containsExactly(
                "client_id,amount,reason,status",
                "C1001,38.75,the period's credits exceed its charges: a refund for a senior officer to approve,"
                        + "AWAITING_APPROVAL");
        // C1019 still accrues: 4 x 225.90 released + 4 x 200.00 this period - 4 x 25.90 credited = 1600.00.
        assertThat(Files.readAllLines(bill.resolve("cop-debt-report.csv"))).containsExactly(
                "client_id,accrued_from,accrued_amount,billed_in_this_run", "C1019,2026-11-16,1600.00,N");
    }

    @Test
    void aPeriodWithNothingNewHasNoCorrections() throws IOException {
        run("ingest");
        run("billing-run", "period=2026-11-16", "by=ann");
        run("approve", "run=BL-2026-11-16-1", "by=bob");
        run("release", "run=BL-2026-11-16-1");
        run("billing-run", "period=2026-12-14", "by=ann");

        assertThat(Files.readAllLines(dir.resolve("out/billing/BL-2026-12-14-1/charge-lines.csv")))
                .noneMatch(line -> line.contains(",ARREARS,") || line.contains(",CREDIT,"));
    }

    /** A correction whose WEEK line's maximum charge went from {@code billed} to {@code charge}. */
    private static String correction(String client, String week, String type, String amount, String status,
                                     String charge, String billed) {
        return correction(client, week, type, amount, status, "contribution reassessed: maximum charge " + charge
                + " for the week, was " + billed, charge, billed);
    }

    private static String correction(String client, String week, String type, String amount, String status,
                                     String cause, String charge, String billed) {
        return client + "," + week + "," + type + ",,," + amount + "," + status + ",\"" + cause
                + ", notified after BL-2026-11-16-1 was released: charge " + charge + ", billed so far " + billed + "\"";
    }

    private static List<String> linesOf(List<String> lines, String client) {
        return lines.stream().filter(line -> line.startsWith(client + ",")).toList();
    }

    private static void run(String... args) {
        assertThat(CarepayCli.run(args)).as(String.join(" ", args)).isEqualTo(ExitCode.DONE);
    }
}
