package org.carepay.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.carepay.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R10 on a small council whose figures are worked out by hand below: the reference data taken in by ingest, the
 * ledger written as released runs would have left it.
 *
 * <p>Rates of P1's HOMECARE: 20.00 from 2026-04-06, 22.00 from 2026-11-19 (an uplift before D = Monday
 * 2026-11-23). Packages: K1 (C1, 10 h, 1 carer, open), K2 (C2, 5 h, 2 carers, ends 2027-01-31), K3 (C3's NET
 * care home at 700.00 a week, C3 assessed RESIDENTIAL 200.00), K4 (C1, 4 h, starts 2026-11-24, after D).
 */
class MonitorTest extends DatabaseTest {

    @Autowired
    Job monitorJob;

    @TempDir
    Path inbox;

    @BeforeEach
    void aSmallCouncilWithReleasedRuns() throws Exception {
        reference();
        ingest(inbox);
        payments();
        charges();
    }

    @Test
    void budgetIncomeAndDeliveryOnAMondayMidYear() throws Exception {
        Path folder = monitor("2026-11-23");

        // Actual HOMECARE: 150.00 + 100.00 (w/c 9 Nov) + 200.00 + 80.00 (w/c 16 Nov) - 10.00 (an adjustment of
        // w/c 9 Nov, counted in that week); P1's carried recovery, the proposed run of w/c 23 Nov and last year's
        // lines left out. Committed: K1 22.00 x 10 = 220.00, K2 22.00 x 5 x 2 = 220.00, K4 not active on D.
        // To come, from Monday 30 Nov to 31 March (122 days) or K2's end on 31 Jan (63 days):
        // K1 220.00 x 122 / 7 = 3834.29, K2 220.00 x 63 / 7 = 1980.00: 520.00 + 5814.29 = 6334.29.
        // K3: 700.00 - 200.00 = 500.00 a week, x 122 / 7 = 8714.29, + 500.00 paid = 9214.29: 214.29 over its
        // 9000.00 budget, more than 2 % of it (180.00).
        assertThat(Files.readString(folder.resolve("budget.csv"))).isEqualTo("""
                service_type,actual_spend,committed_weekly,projected_outturn,budget,variance,flag
                ADHOC,75.00,0.00,75.00,,,
                HOMECARE,520.00,440.00,6334.29,9000.00,-2665.71,
                RESIDENTIAL,500.00,500.00,9214.29,9000.00,214.29,OVER_BUDGET
                """);
        // 30.00 + 60.00 (a COP_ARREARS line dated 19 Oct) - 5.00; accrued: 25.00 unbilled + 7.00 claimed only by a
        // proposal (the 12.00 a released run billed is not accrued any more).
        assertThat(Files.readString(folder.resolve("income.csv"))).isEqualTo("""
                financial_year_start,billed_to_date,accrued_cop_balance
                2026-04-01,85.00,32.00
                """);
        // Weeks of 9 and 16 Nov (the week of 23 Nov ends after D). K1: 450 + 600 of 2 x 600 minutes; K2: 300 + 240
        // of 2 x 5 x 60 x 2 = 1200, and 3 missed visits in the week of 16 Nov.
        assertThat(Files.readString(folder.resolve("delivery.csv"))).isEqualTo("""
                provider_id,client_id,package_id,planned_minutes,delivered_minutes,delivery_percent,missed_visits,flag
                P1,C1,K1,1200,1050,87.5,0,
                P1,C2,K2,1200,540,45.0,3,UNDER_DELIVERED;MISSED_VISITS
                """);
        assertThat(Files.readString(folder.resolve("monitor.html"))).contains("<h1>Castlemere Borough Council: budget monitoring on 23 November 2026",
                "Weeks with no released homecare run, in neither the actual spend nor the projection: w/c 6 Apr 2026 to"
                        + " w/c 2 Nov 2026 (31 weeks), w/c 23 Nov 2026.",
                "<td>RESIDENTIAL</td><td class=\"n\">500.00</td><td class=\"n\">500.00</td><td class=\"n\">9,214.29</td>",
                "<svg role=\"img\"");
    }

    @Test
    void theLastDayOfTheYearProjectsNothingMoreAndTheFirstStartsAfresh() throws Exception {
        assertThat(Files.readString(monitor("2027-03-31").resolve("budget.csv"))).isEqualTo("""
                service_type,actual_spend,committed_weekly,projected_outturn,budget,variance,flag
                ADHOC,75.00,0.00,75.00,,,
                HOMECARE,520.00,308.00,520.00,9000.00,-8480.00,
                RESIDENTIAL,500.00,500.00,500.00,9000.00,-8500.00,
                """);
        // From Monday 5 April 2027 to 31 March 2028, 29 February counted: 362 days. K1 220.00 x 362 / 7 = 11377.14,
        // K4 4 x 22.00 = 88.00 a week, x 362 / 7 = 4550.86; K3 500.00 x 362 / 7 = 25857.14. No 2027 budget.
        Path april = monitor("2027-04-01");
        assertThat(Files.readString(april.resolve("budget.csv"))).isEqualTo("""
                service_type,actual_spend,committed_weekly,projected_outturn,budget,variance,flag
                HOMECARE,0.00,308.00,15928.00,,,
                RESIDENTIAL,0.00,500.00,25857.14,,,
                """);
        assertThat(Files.readString(april.resolve("income.csv"))).isEqualTo("""
                financial_year_start,billed_to_date,accrued_cop_balance
                2027-04-01,0.00,32.00
                """);
    }

    private Path monitor(String date) throws Exception {
        assertThat(jobOperator.start(monitorJob, new JobParametersBuilder().addString("date", date)
                .addString("requested_at", date).toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return MonitorJobConfiguration.folder(OUT, LocalDate.parse(date));
    }

    private void reference() throws Exception {
        write("clients.csv", """
                client_id,forename,surname,date_of_birth,address_line_1,postcode,debtor_ref,date_of_death,billing_status,bill_to_name
                C1,Ann,Smith,1940-01-02,1 High St,AB1 2CD,D1,,NORMAL,
                C2,Bob,Jones,1941-02-03,2 High St,AB1 2CD,D2,,ACCRUE,
                C3,Cy,Brown,1950-05-06,3 High St,AB1 2CD,D3,,NORMAL,
                """);
        write("providers.csv", """
                provider_id,name,supplier_ref,sort_code,account_number,account_name,bank_details_changed_on
                P1,Care Co,S1,123456,12345678,Care Co Ltd,
                P2,Oak Home,S2,123456,12345679,Oak Home Ltd,
                """);
        write("rates.csv", """
                provider_id,service_type,effective_from,unit_rate
                P1,HOMECARE,2026-04-06,20.00
                P1,HOMECARE,2026-11-19,22.00
                """);
        write("packages.csv", """
                package_id,client_id,provider_id,service_type,payment_basis,payment_method,start_date,end_date,unit,planned_units_per_week,unit_rate,carers,funding,health_share_percent,chargeable
                K1,C1,P1,HOMECARE,ACTUALS,,2026-01-05,,HOUR,10,,1,COUNCIL,,Y
                K2,C2,P1,HOMECARE,ACTUALS,,2026-06-01,2027-01-31,HOUR,5,,2,COUNCIL,,Y
                K3,C3,P2,RESIDENTIAL,PLANNED,NET,2026-01-05,,WEEK,1,700.00,,COUNCIL,,Y
                K4,C1,P1,HOMECARE,ACTUALS,,2026-11-24,,HOUR,4,,1,COUNCIL,,Y
                """);
        write("contributions.csv", """
                client_id,assessment_type,effective_from,effective_to,weekly_amount
                C3,RESIDENTIAL,2026-04-06,,200.00
                """);
        write("absences.csv", "client_id,absence_type,start_date,end_date\n");
        write("budgets.csv", """
                service_type,financial_year_start,annual_budget
                HOMECARE,2026-04-01,9000.00
                RESIDENTIAL,2026-04-01,9000.00
                HOMECARE,2025-04-01,1.00
                """);
    }

    private void write(String name, String content) throws Exception {
        Files.createDirectories(inbox.resolve("reference"));
        Files.writeString(inbox.resolve("reference").resolve(name), content);
    }

    private void payments() {
        run("HC-2026-11-09-1", "HOMECARE", "2026-11-09", "RELEASED");
        run("HC-2026-11-16-1", "HOMECARE", "2026-11-16", "RELEASED");
        run("HC-2026-11-23-1", "HOMECARE", "2026-11-23", "PROPOSED");
        run("SP-2026-11-16-1", "SCHEDULED", "2026-11-16", "RELEASED");
        run("SP-2026-03-30-1", "SCHEDULED", "2026-03-30", "RELEASED");
        line("HC-2026-11-09-1", "C1", "K1", "HOMECARE", "2026-11-09", "VISIT", "450", "150.00");
        line("HC-2026-11-09-1", "C2", "K2", "HOMECARE", "2026-11-09", "VISIT", "300", "100.00");
        line("HC-2026-11-16-1", "C1", "K1", "HOMECARE", "2026-11-16", "VISIT", "600", "200.00");
        line("HC-2026-11-16-1", "C2", "K2", "HOMECARE", "2026-11-16", "VISIT", "240", "80.00");
        line("HC-2026-11-16-1", "C1", "K1", "HOMECARE", "2026-11-09", "ADJUSTMENT", null, "-10.00");
        line("HC-2026-11-16-1", null, null, null, "2026-11-16", "CARRIED_RECOVERY", null, "-5.00");
        line("HC-2026-11-23-1", "C1", "K1", "HOMECARE", "2026-11-23", "VISIT", "600", "999.00");
        line("SP-2026-11-16-1", "C3", "K3", "RESIDENTIAL", "2026-11-16", "SCHEDULED", "7", "500.00");
        line("SP-2026-11-16-1", "C1", null, null, "2026-11-16", "ADHOC", null, "75.00");
        line("SP-2026-11-16-1", "C3", "K3", "RESIDENTIAL", "2026-03-30", "ADJUSTMENT", null, "40.00");
        line("SP-2026-03-30-1", "C3", "K3", "RESIDENTIAL", "2026-03-30", "SCHEDULED", "7", "500.00");
        for (int visit = 0; visit < 3; visit++) {
            jdbc.update("""
                    insert into run_exception (run_id, code, severity, provider_id, client_id, package_id, source_path,
                                               service_date)
                    values ('HC-2026-11-16-1', 'MISSED_VISIT', 'REFUSED', 'P1', 'C2', 'K2', 'returns/P1.csv',
                            '2026-11-18')""");
        }
    }

    private void charges() {
        run("BL-2026-10-19-1", "BILLING", "2026-10-19", "RELEASED");
        run("BL-2026-11-16-1", "BILLING", "2026-11-16", "RELEASED");
        run("BL-2026-12-14-1", "BILLING", "2026-12-14", "PROPOSED");
        charge("BL-2026-11-16-1", "C1", "2026-11-16", "WEEK", "30.00", "BILLED");
        charge("BL-2026-11-16-1", "C1", "2026-11-16", "CREDIT", "-5.00", "BILLED");
        charge("BL-2026-11-16-1", "C3", "2026-10-19", "COP_ARREARS", "60.00", "BILLED");
        charge("BL-2026-11-16-1", "C3", "2026-11-16", "WEEK", "10.00", "NOT_ASSESSED");
        charge("BL-2026-11-16-1", "C1", "2026-03-23", "ARREARS", "15.00", "BILLED");
        charge("BL-2026-11-16-1", "C2", "2026-11-16", "WEEK", "25.00", "ACCRUED");
        long billed = charge("BL-2026-10-19-1", "C2", "2026-10-26", "WEEK", "12.00", "ACCRUED");
        long proposed = charge("BL-2026-10-19-1", "C2", "2026-11-02", "WEEK", "7.00", "ACCRUED");
        claim("BL-2026-11-16-1", billed);
        claim("BL-2026-12-14-1", proposed);
    }

    private void run(String runId, String kind, String week, String status) {
        jdbc.update("""
                insert into payment_run (run_id, kind, week_start, attempt, status, started_by, proposed_on)
                values (?, ?, ?::date, 1, ?, 'ann', ?::date)""", runId, kind, week, status, week);
    }

    private void line(String runId, String client, String pkg, String type, String week, String lineType,
                      String units, String amount) {
        jdbc.update("""
                insert into payment_line (run_id, provider_id, client_id, package_id, service_type, week_start, line_type,
                                          source_path, paid_units, amount)
                values (?, ?, ?, ?, ?, ?::date, ?, 'test', ?::numeric, ?::numeric)""", runId,
                "K3".equals(pkg) ? "P2" : "P1", client, pkg, type, week, lineType, units, amount);
    }

    private long charge(String runId, String client, String week, String lineType, String charge, String status) {
        return jdbc.queryForObject("""
                insert into charge_line (run_id, client_id, week_start, line_type, charge, status)
                values (?, ?, ?::date, ?, ?::numeric, ?) returning line_id""", Long.class, runId, client, week, lineType,
                charge, status);
    }

    private void claim(String runId, long lineId) {
        jdbc.update("insert into run_claim (run_id, claim_type, item) values (?, 'ACCRUED_LINE', ?)", runId,
                Long.toString(lineId));
    }
}
