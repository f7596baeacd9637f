package org.carepay.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.carepay.corrections.ChargeCorrections;
import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRunConfiguration;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunKind;
import org.carepay.payments.RunRefused;
import org.carepay.rules.ChargeableCost;
import org.carepay.rules.WeekCharge;
import org.carepay.support.DatabaseTest;
import org.carepay.support.LateNewsInbox;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R7 for charges over random, seeded sequences of late news (deaths, ends, rates, contributions, corrected
 * returns) and billing runs of four periods (propose, propose again, approve, release): after every
 * release, the released charge lines of every (client, week) that released billing runs billed add up to
 * R6's charge of the week under the data that run saw (its WEEK line's when BILLED or ACCRUED).
 */
class ChargeLedgerPropertyTest extends DatabaseTest {

    private static final LocalDate FIRST = LateNewsInbox.FIRST; // the first period's start
    private static final int PERIODS = 4;
    private static final int STEPS = 40;

    @TempDir
    Path inbox;

    @Autowired
    Job billingRunJob;
    @Autowired
    PaymentRuns runs;
    @Autowired
    BillingReference reference;
    @Autowired
    ReturnVisits visits;

    private Random random;
    private LateNewsInbox news;
    private int clientWeeksChecked;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void billedWeeksAddUpToTheirChargeToday(long seed) throws Exception {
        random = new Random(seed);
        news = new LateNewsInbox(inbox, random, 4);
        ingest(news.path());
        for (int step = 0; step < STEPS; step++) {
            switch (random.nextInt(5)) {
                case 0 -> {
                    news.lateNews();
                    ingest(news.path());
                }
                case 1 -> {
                    news.correctedReturn();
                    ingest(news.path());
                }
                case 2, 3 -> propose();
                default -> release();
            }
        }
        if (propose()) { // and a last release, with nothing taken in since
            release(jdbc.queryForObject("select run_id from payment_run where kind = 'BILLING' and status = 'PROPOSED'"
                    + " order by rated_at desc limit 1", String.class));
        }
        assertThat(clientWeeksChecked).as("client-weeks checked").isPositive();
    }

    /** Proposes one of the next two periods not released yet; false when all are. */
    private boolean propose() throws Exception {
        List<LocalDate> open = new ArrayList<>();
        for (int k = 0; k < PERIODS && open.size() < 2; k++) {
            LocalDate period = FIRST.plusWeeks(4L * k);
            if (jdbc.queryForObject("select count(*) from payment_run where kind = 'BILLING' and week_start = ?"
                    + " and status in ('RELEASED', 'APPROVED')", Integer.class, period) == 0) {
                open.add(period);
            }
        }
        if (open.isEmpty()) {
            return false;
        }
        PaymentRun run = runs.propose(RunKind.BILLING, open.get(random.nextInt(open.size())), "ann", FIRST);
        assertThat(jobOperator.start(billingRunJob, new JobParametersBuilder().addString(PaymentRunConfiguration.RUN_ID,
                run.runId()).toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return true;
    }

    private void release() throws Exception {
        List<String> proposed = jdbc.queryForList("select run_id from payment_run where kind = 'BILLING'"
                + " and status = 'PROPOSED'", String.class);
        if (proposed.isEmpty()) {
            return;
        }
        release(proposed.get(random.nextInt(proposed.size())));
    }

    /** Releases the run unless another release made it stale, then checks what it left. */
    private void release(String runId) throws Exception {
        runs.approve(runId, "bob");
        try {
            runs.releasable(runId);
        } catch (RunRefused stale) {
            return;
        }
        runs.released(runId);
        if (Boolean.TRUE.equals(jdbc.queryForObject("""
                select not exists (select 1 from inbox_file f join payment_run r on r.run_id = ?
                                   where f.taken_in_at > r.rated_at)""", Boolean.class, runId))) {
            assertBilledWeeksAddUpToTheirCharge(runs.get(runId));
        }
    }

    private void assertBilledWeeksAddUpToTheirCharge(PaymentRun run) {
        Set<LocalDate> weeks = new TreeSet<>(jdbc.queryForList("""
                select (r.week_start + 7 * w)::date from payment_run r, generate_series(0, 3) w
                where r.kind = 'BILLING' and r.status = 'RELEASED' and r.week_start <= ?""", LocalDate.class,
                run.weekStart()));
        BillingReference.Data data = reference.load();
        PeriodCosts costs = new PeriodCosts();
        for (LocalDate week : weeks) {
            for (ReturnFile file : visits.returnsOf(week)) {
                costs.addReturn(week, data.valuation().homecare(week, visits.of(file)), data.facts());
            }
            costs.addScheduled(week, data.valuation().chargedScheduled(week));
        }
        costs.addInvoices(weeks, data.valuation().invoices(data.invoices()));
        Map<String, BigDecimal> worth = new HashMap<>();
        for (BillingClient client : data.accounts().values()) {
            for (LocalDate week : weeks) {
                ChargeableCost cost = ChargeableCost.of(costs.items(client.clientId(), week));
                BigDecimal charge = ChargeCorrections.worth(WeekCharge.of(week, data.facts().facts(client.clientId()),
                        client.billingStatus(), data.facts().contributionsOf(client.clientId()), cost,
                        costs.careHomeDays(client.clientId(), week)));
                if (charge.signum() != 0) {
                    worth.put(client.clientId() + " " + week, charge.setScale(2));
                }
            }
        }
        Map<String, BigDecimal> released = new HashMap<>();
        jdbc.query("""
                select l.client_id || ' ' || l.week_start, sum(l.charge) from charge_line l
                join payment_run r on r.run_id = l.run_id
                where r.kind = 'BILLING' and r.status = 'RELEASED'
                  and (l.line_type = 'WEEK' and l.status in ('BILLED', 'ACCRUED') or l.line_type in ('ARREARS', 'CREDIT'))
                group by l.client_id, l.week_start having sum(l.charge) <> 0""", rs -> {
            released.put(rs.getString(1), rs.getBigDecimal(2).setScale(2));
        });
        // A later period released before this one was valued with the data its own run saw: not compared here.
        released.keySet().removeIf(key -> !weeks.contains(LocalDate.parse(key.substring(key.indexOf(' ') + 1))));
        assertThat(released).as("released charges after " + run.runId()).isEqualTo(worth);
        clientWeeksChecked += worth.size();
    }
}
