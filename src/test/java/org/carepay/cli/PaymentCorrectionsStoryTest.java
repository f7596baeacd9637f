package org.carepay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carepay.support.CliTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R7 for payments, story by story, on a copy of sample-data: week 2026-11-16 is released, late news comes in
 * a later snapshot, and the next run corrects it with ADJUSTMENT lines, carrying what a provider cannot
 * repay yet. Every amount is worked out by hand from sample-data's golden lines (golden/sample-data).
 */
class PaymentCorrectionsStoryTest extends CliTest {

    private static final String HEADER = "run_id,provider_id,client_id,package_id,service_type,week_start,"
            + "service_date,line_type,source,paid_units,amount";

    private Path inbox;

    @BeforeEach
    void releaseTheFirstWeek() throws IOException {
        inbox = sampleInboxCopy();
        run("ingest");
        release("homecare-run", "HC-2026-11-16-1");
        release("scheduled-run", "SP-2026-11-16-1");
    }

    @Test
    void aHomecareClientsDeathNotifiedLateRecoversTheVisitsAfterIt() throws IOException {
        // C1001 died on Thursday 19 Nov: the visits of 20, 21 and 22 Nov are refused CLIENT_DECEASED today.
        // 20th 19.80 + 3 x 13.20, 21st 19.80 + 2 x 13.20, 22nd 19.80 + 3 x 13.20: 59.40 + 46.20 + 59.40 = 165.00.
        replaceInReference("clients.csv", "DR104417,,NORMAL", "DR104417,2026-11-19,NORMAL");
        run("ingest");
        run("homecare-run", "week=2026-11-23", "by=ann");

        // No return for the new week: P01's total is the recovery, so it is carried (and P01 is not paid).
        assertThat(paymentLines("HC-2026-11-23-1")).containsExactly(HEADER,
                "HC-2026-11-23-1,P01,,,,2026-11-23,,CARRIED_RECOVERY,HC-2026-11-23-1,,165.00",
                "HC-2026-11-23-1,P01,C1001,PK40113,HOMECARE,2026-11-16,,ADJUSTMENT,HC-2026-11-16-1,,-165.00");
        assertThat(apPayments("HC-2026-11-23-1")).containsExactly(apHeader());
        // The provider reads why on its remittance: 4 + 3 + 4 visits of 20-22 Nov.
        assertThat(remittance("HC-2026-11-23-1", "P01")).contains(
                "HC261123-1/P01,2026-12-04,CORRECTION,C1001,Margaret Ainsworth,PK40113,homecare,2026-11-16,,,,,,,-165.00,,"
                        + "\"client died on 2026-11-19, notified after HC-2026-11-16-1 was released: 11 visits recovered"
                        + " (CLIENT_DECEASED)\",corrects HC-2026-11-16-1",
                "HC261123-1/P01,2026-12-04,CORRECTION,,,,,2026-11-23,,,,,,,165.00,,\"the run's lines total -165.00:"
                        + " nothing is paid, and 165.00 is recovered from the next payment run once this one is released\",");
    }

    @Test
    void aCareHomeResidentsDeathNotifiedLateKeepsTheThreeGraceDays() throws IOException {
        // C1016 (PK40313, 812.00 a week) died on Tuesday 17 Nov: paid 16-17 Nov alive and 18-20 Nov in grace,
        // 5 days: round(812.00 x 5 / 7) = 580.00 against 812.00 released, -232.00.
        replaceInReference("clients.csv", "DR104973,,NORMAL", "DR104973,2026-11-17,NORMAL");
        run("ingest");
        run("scheduled-run", "week=2026-11-23", "by=ann");

        assertThat(linesOf("SP-2026-11-23-1", "PK40313")).containsExactly(
                "SP-2026-11-23-1,P04,C1016,PK40313,RESIDENTIAL,2026-11-16,,ADJUSTMENT,SP-2026-11-16-1,,-232.00",
                "SP-2026-11-23-1,P04,C1016,PK40313,RESIDENTIAL,2026-11-23,,SCHEDULED,reference/packages.csv:22,0,0.00");
        assertThat(adjustments("SP-2026-11-23-1")).hasSize(1);
        assertThat(remittance("SP-2026-11-23-1", "P04")).anyMatch(line -> line.contains(",-232.00,,\"client died on"
                + " 2026-11-17, notified after SP-2026-11-16-1 was released: 5 days paid, 580.00 in place of 812.00\""));
    }

    @Test
    void aBackDatedPackageEndRecoversTheDaysAfterIt() throws IOException {
        // PK40453 (C1028, 2 sessions x 58.50 = 117.00 a week) ended on Wednesday 18 Nov: 3 days,
        // round(117.00 x 3 / 7) = round(50.142...) = 50.14 against 117.00 released, -66.86.
        replaceInReference("packages.csv", "PK40453,C1028,P05,DAY_CARE,PLANNED,,2025-10-13,,",
                "PK40453,C1028,P05,DAY_CARE,PLANNED,,2025-10-13,2026-11-18,");
        run("ingest");
        run("scheduled-run", "week=2026-11-23", "by=ann");

        assertThat(adjustments("SP-2026-11-23-1")).containsExactly(
                "SP-2026-11-23-1,P05,C1028,PK40453,DAY_CARE,2026-11-16,,ADJUSTMENT,SP-2026-11-16-1,,-66.86");
        assertThat(linesOf("SP-2026-11-23-1", "PK40453")).hasSize(1); // not active in the new week: no line
        assertThat(remittance("SP-2026-11-23-1", "P05")).anyMatch(line -> line.contains(",-66.86,,\"package ended on"
                + " 2026-11-18, notified after SP-2026-11-16-1 was released: 3 days paid, 50.14 in place of 117.00\""));
    }

    @Test
    void aBackDatedUpliftIsPaidForTheDaysItCovers() throws IOException {
        // P04's RESIDENTIAL framework rate goes from 812.00 to 840.00 on Thursday 19 Nov, agreed after the run.
        // PK40313 (C1016): Monday to Wednesday at 812.00, Thursday to Sunday at 840.00:
        // (3 x 812.00 + 4 x 840.00) / 7 = 5796 / 7 = 828.00 against 812.00 released, +16.00.
        // PK40403 (C1009, from 19 Nov): 4 days, 4 x 840.00 / 7 = 480.00 against 4 x 812.00 / 7 = 464.00, +16.00.
        appendToReference("rates.csv", "P04,RESIDENTIAL,2026-11-19,840.00\n");
        run("ingest");
        run("scheduled-run", "week=2026-11-23", "by=ann");

        assertThat(linesOf("SP-2026-11-23-1", "PK40313")).containsExactly(
                "SP-2026-11-23-1,P04,C1016,PK40313,RESIDENTIAL,2026-11-16,,ADJUSTMENT,SP-2026-11-16-1,,16.00",
                "SP-2026-11-23-1,P04,C1016,PK40313,RESIDENTIAL,2026-11-23,,SCHEDULED,reference/packages.csv:22,7,840.00");
        assertThat(linesOf("SP-2026-11-23-1", "PK40403")).first().asString().isEqualTo(
                "SP-2026-11-23-1,P04,C1009,PK40403,RESIDENTIAL,2026-11-16,,ADJUSTMENT,SP-2026-11-16-1,,16.00");
        assertThat(remittance("SP-2026-11-23-1", "P04")).anyMatch(line -> line.contains(",16.00,,\"rate 812.00 to"
                + " 2026-11-18, 840.00 from 2026-11-19, notified after SP-2026-11-16-1 was released: 7 days paid,"
                + " 828.00 in place of 812.00\""));
    }

    @Test
    void aDirectPaymentsAdjustmentCreditsTheManagedAccount() throws IOException {
        // P06's DIRECT_PAYMENT rate goes from 16.20 to 17.20 from 16 Nov: PK40523 (12 hours a week) is worth
        // 206.40 for the released week, +12.00, which the client's managed account is credited (R7, R9).
        appendToReference("rates.csv", "P06,DIRECT_PAYMENT,2026-11-16,17.20\n");
        run("ingest");
        release("scheduled-run", "SP-2026-11-23-1");
        assertThat(linesOf("SP-2026-11-23-1", "PK40523")).containsExactly(
                "SP-2026-11-23-1,P06,C1033,PK40523,DIRECT_PAYMENT,2026-11-16,,ADJUSTMENT,SP-2026-11-16-1,,12.00",
                "SP-2026-11-23-1,P06,C1033,PK40523,DIRECT_PAYMENT,2026-11-23,,SCHEDULED,reference/packages.csv:43,7,"
                        + "206.40");

        // On 29 Nov: 194.40 + 12.00 + 206.40 credited, 97.20 + 64.80 + 16.20 paid out = 234.60; budget
        // 12 x 17.20 = 206.40; spent 178.20 in the 28 days, 44.55 a week; 234.60 / 206.40 = 1.14 weeks.
        run("accounts", "date=2026-11-29");
        assertThat(Files.readAllLines(dir.resolve("out/accounts/2026-11-29/accounts.csv")))
                .contains("C1033,PK40523,DP,234.60,206.40,44.55,1.14,");
    }

    @Test
    void aCorrectedReturnAfterReleaseFlowsAsAnAdjustment() throws IOException {
        // Meadowbank sends its week again without its last line (record 49: C1037, 22 Nov 20:00, 13.75).
        List<String> lines = Files.readAllLines(inbox.resolve("returns/P03-2026-11-16.csv"));
        Files.write(inbox.resolve("returns/P03-2026-11-16_v3.csv"), lines.subList(0, lines.size() - 1));
        run("ingest");
        run("homecare-run", "week=2026-11-23", "by=ann");

        assertThat(adjustments("HC-2026-11-23-1")).containsExactly(
                "HC-2026-11-23-1,P03,C1037,PK40303,HOMECARE,2026-11-16,,ADJUSTMENT,HC-2026-11-16-1,,-13.75");
        assertThat(remittance("HC-2026-11-23-1", "P03")).anyMatch(line -> line.contains(",-13.75,,\"a corrected return,"
                + " notified after HC-2026-11-16-1 was released: 1 visit no longer in the return\""));
    }

    @Test
    void aRecoveryLargerThanTheNextPaymentsIsCarriedUntilItIsSettled() throws IOException {
        // C1013 died on 15 Nov, before every one of its 11 paid visits of week 2026-11-16 (11 x 13.75 = 151.25).
        replaceInReference("clients.csv", "DR104851,,NORMAL", "DR104851,2026-11-15,NORMAL");
        run("ingest");

        // The homecare run of 23 Nov: P03 sent nothing for that week, so it owes 151.25, carried.
        release("homecare-run", "HC-2026-11-23-1");
        assertThat(linesOfProvider("HC-2026-11-23-1", "P03")).containsExactly(
                "HC-2026-11-23-1,P03,,,,2026-11-23,,CARRIED_RECOVERY,HC-2026-11-23-1,,151.25",
                "HC-2026-11-23-1,P03,C1013,PK40263,HOMECARE,2026-11-16,,ADJUSTMENT,HC-2026-11-16-1,,-151.25");

        // The next run of either kind recovers it; P03 has nothing scheduled, so it is carried again.
        release("scheduled-run", "SP-2026-11-23-1");
        assertThat(linesOfProvider("SP-2026-11-23-1", "P03")).containsExactly(
                "SP-2026-11-23-1,P03,,,,2026-11-23,,CARRIED_RECOVERY,HC-2026-11-23-1,,-151.25",
                "SP-2026-11-23-1,P03,,,,2026-11-23,,CARRIED_RECOVERY,SP-2026-11-23-1,,151.25");
        assertThat(apPayments("SP-2026-11-23-1")).noneMatch(row -> row.contains(",P03,"));

        // Week 30 Nov: 7 one-hour visits to C1037 at 27.50 = 192.50, less the 151.25 carried: 41.25 paid.
        // Week 16 Nov is not corrected again: its released lines (151.25 - 151.25) are what it is worth today.
        StringBuilder ret = new StringBuilder("provider_id,week_start,client_id,package_id,visit_date,planned_start,"
                + "planned_minutes,actual_start,actual_minutes,carers,carer_ref,variation_ref\n");
        for (int day = 30; day <= 36; day++) {
            String date = day <= 30 ? "2026-11-30" : "2026-12-0" + (day - 30);
            ret.append("P03,2026-11-30,C1037,PK40303,").append(date).append(",09:00,60,09:00,60,1,MH15,\n");
        }
        Files.writeString(inbox.resolve("returns/P03-2026-11-30.csv"), ret);
        run("ingest");
        run("homecare-run", "week=2026-11-30", "by=ann");
        assertThat(linesOfProvider("HC-2026-11-30-1", "P03")).hasSize(8).first().asString()
                .isEqualTo("HC-2026-11-30-1,P03,,,,2026-11-30,,CARRIED_RECOVERY,SP-2026-11-23-1,,-151.25");
        assertThat(apPayments("HC-2026-11-30-1")).containsExactly(apHeader(),
                "HC-2026-11-30-1,P03,SUP21388,2026-12-11,41.25,8,HC261130-1/P03");
    }

    @Test
    void aSupersededProposalFreesTheRecoveryItCarriedIn() throws IOException {
        replaceInReference("clients.csv", "DR104851,,NORMAL", "DR104851,2026-11-15,NORMAL");
        run("ingest");
        release("homecare-run", "HC-2026-11-23-1");

        run("scheduled-run", "week=2026-11-23", "by=ann");
        run("scheduled-run", "week=2026-11-23", "by=ann", "force=yes"); // proposed again: the first one's claim is freed
        assertThat(linesOfProvider("SP-2026-11-23-2", "P03")).contains(
                "SP-2026-11-23-2,P03,,,,2026-11-23,,CARRIED_RECOVERY,HC-2026-11-23-1,,-151.25");
    }

    @Test
    void aRunWorkedOutBeforeAnotherOfItsKindWasReleasedMustBeProposedAgain() throws IOException {
        replaceInReference("clients.csv", "DR104417,,NORMAL", "DR104417,2026-11-19,NORMAL");
        run("ingest");
        run("homecare-run", "week=2026-11-23", "by=ann");
        run("homecare-run", "week=2026-11-30", "by=ann"); // both correct C1001's week 16 Nov by -165.00
        run("approve", "run=HC-2026-11-23-1", "by=bob");
        run("release", "run=HC-2026-11-23-1");
        run("approve", "run=HC-2026-11-30-1", "by=bob");

        // Releasing the second would recover the 165.00 twice: refused, and proposed again it is not there.
        assertThat(CarepayCli.run("release", "run=HC-2026-11-30-1")).isEqualTo(ExitCode.REFUSED);
        run("homecare-run", "week=2026-11-30", "by=ann");
        assertThat(adjustments("HC-2026-11-30-2")).isEmpty();
        assertThat(linesOfProvider("HC-2026-11-30-2", "P01")).containsExactly( // the recovery carried from week 23
                "HC-2026-11-30-2,P01,,,,2026-11-30,,CARRIED_RECOVERY,HC-2026-11-23-1,,-165.00",
                "HC-2026-11-30-2,P01,,,,2026-11-30,,CARRIED_RECOVERY,HC-2026-11-30-2,,165.00");
    }

    @Test
    void aWeekWithNothingNewIsNotCorrected() throws IOException {
        run("homecare-run", "week=2026-11-23", "by=ann");
        run("scheduled-run", "week=2026-11-23", "by=ann");
        assertThat(adjustments("HC-2026-11-23-1")).isEmpty();
        assertThat(adjustments("SP-2026-11-23-1")).isEmpty();
    }

    private void release(String command, String runId) {
        String week = runId.substring(3, 13);
        run(command, "week=" + week, "by=ann");
        run("approve", "run=" + runId, "by=bob");
        run("release", "run=" + runId);
    }

    private static void run(String... args) {
        assertThat(CarepayCli.run(args)).as(String.join(" ", args)).isEqualTo(ExitCode.DONE);
    }

    private void replaceInReference(String file, String from, String to) throws IOException {
        Path path = inbox.resolve("reference").resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private void appendToReference(String file, String lines) throws IOException {
        Path path = inbox.resolve("reference").resolve(file);
        Files.writeString(path, Files.readString(path) + lines);
    }

    private List<String> paymentLines(String runId) throws IOException {
        return Files.readAllLines(dir.resolve("out/payments").resolve(runId).resolve("payment-lines.csv"));
    }

    private List<String> adjustments(String runId) throws IOException {
        return paymentLines(runId).stream().filter(line -> line.contains(",ADJUSTMENT,")).toList();
    }

    private List<String> linesOf(String runId, String packageId) throws IOException {
        return paymentLines(runId).stream().filter(line -> line.contains("," + packageId + ",")).toList();
    }

    private List<String> linesOfProvider(String runId, String providerId) throws IOException {
        return paymentLines(runId).stream().filter(line -> line.startsWith(runId + "," + providerId + ",")).toList();
    }

    private List<String> remittance(String runId, String providerId) throws IOException {
        return Files.readAllLines(dir.resolve("out/payments").resolve(runId).resolve("remittances")
                .resolve(providerId + ".csv"));
    }

    private List<String> apPayments(String runId) throws IOException {
        return Files.readAllLines(dir.resolve("out/payments").resolve(runId).resolve("ap-payments.csv"));
    }

    private static String apHeader() {
        return "run_id,provider_id,supplier_ref,payment_date,amount,line_count,remittance_ref";
    }
}
