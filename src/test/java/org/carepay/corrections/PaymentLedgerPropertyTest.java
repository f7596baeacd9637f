package org.carepay.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.carepay.ingest.ReturnVisits;
import org.carepay.ingest.ReturnVisits.ReturnFile;
import org.carepay.payments.PaymentRun;
import org.carepay.payments.PaymentRunConfiguration;
import org.carepay.payments.PaymentRuns;
import org.carepay.payments.RunKind;
import org.carepay.payments.RunRefused;
import org.carepay.reference.Valuations;
import org.carepay.support.DatabaseTest;
import org.carepay.support.LateNewsInbox;
import org.carepay.valuation.PackageWeek;
import org.carepay.valuation.WeekValuation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R7 for payments over random, seeded sequences of late news and runs (propose, propose again, approve,
 * release) on sample-data and three more weeks of its returns (Meadowbank's only for one of them). After every release: every package-week of
 * every released week of the kind adds up to what the valuation gives it under the data that run saw; no
 * provider is paid below zero in any run; and every recovery carried away is carried in once at most,
 * for its whole amount. A failing seed replays exactly.
 */
class PaymentLedgerPropertyTest extends DatabaseTest {

    private static final LocalDate FIRST = LateNewsInbox.FIRST;
    private static final int WEEKS = 4;
    private static final int STEPS = 60;

    @TempDir
    Path inbox;

    @Autowired
    Job homecareRunJob;
    @Autowired
    Job scheduledRunJob;
    @Autowired
    PaymentRuns runs;
    @Autowired
    Valuations valuations;
    @Autowired
    ReturnVisits visits;

    private Random random;
    private LateNewsInbox news;
    private int weeksChecked;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void releasedWeeksAddUpToTheirWorthAndNoProviderIsPaidBelowZero(long seed) throws Exception {
        random = new Random(seed);
        news = new LateNewsInbox(inbox, random, WEEKS);
        ingest();
        for (int step = 0; step < STEPS; step++) {
            RunKind kind = random.nextBoolean() ? RunKind.HOMECARE : RunKind.SCHEDULED;
            switch (random.nextInt(6)) {
                case 0 -> {
                    news.lateNews();
                    ingest();
                }
                case 1 -> {
                    news.correctedReturn();
                    ingest();
                }
                case 2, 3 -> propose(kind);
                default -> release(kind);
            }
        }
        for (RunKind kind : RunKind.values()) { // and a last release of each kind, with nothing taken in since
            if (kind != RunKind.BILLING && propose(kind)) {
                release(jdbc.queryForObject("select run_id from payment_run where kind = ? and status = 'PROPOSED'"
                        + " order by rated_at desc limit 1", String.class, kind.name()));
            }
        }
        assertThat(weeksChecked).as("released weeks checked").isPositive();
        System.out.printf("seed %d: %d released weeks checked, %d adjustments, %d carried recoveries%n", seed,
                weeksChecked, count("ADJUSTMENT"), count("CARRIED_RECOVERY"));
    }

    private int count(String lineType) {
        return jdbc.queryForObject("select count(*) from payment_line l join payment_run r on r.run_id = l.run_id"
                + " where r.status = 'RELEASED' and l.line_type = ?", Integer.class, lineType);
    }

    /** Proposes one of the kind's next weeks; false when every week is released. */
    private boolean propose(RunKind kind) throws Exception {
        LocalDate week = nextWeek(kind);
        if (week == null) {
            return false;
        }
        PaymentRun run = runs.propose(kind, week, "ann", FIRST.plusDays(8));
        Job job = kind == RunKind.HOMECARE ? homecareRunJob : scheduledRunJob;
        assertThat(jobOperator.start(job, new JobParametersBuilder().addString(PaymentRunConfiguration.RUN_ID,
                run.runId()).toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertNoProviderBelowZero(run.runId());
        return true;
    }

    /** Releases the kind's live proposal, if any: refused when another release made it stale. */
    private void release(RunKind kind) throws Exception {
        List<String> proposed = jdbc.queryForList("select run_id from payment_run where kind = ? and status = 'PROPOSED'",
                String.class, kind.name());
        if (proposed.isEmpty()) {
            return;
        }
        release(proposed.get(random.nextInt(proposed.size())));
    }

    private void release(String runId) throws Exception {
        RunKind kind = runs.get(runId).kind();
        runs.approve(runId, "bob");
        try {
            runs.releasable(runId);
        } catch (RunRefused stale) {
            return; // worked out before another run of its kind was released: to be proposed again
        }
        runs.released(runId);
        boolean dataSeenByTheRun = Boolean.TRUE.equals(jdbc.queryForObject("""
                select not exists (select 1 from inbox_file f join payment_run r on r.run_id = ?
                                   where f.taken_in_at > r.rated_at)""", Boolean.class, runId));
        if (dataSeenByTheRun) {
            assertReleasedWeeksAddUpToTheirWorth(kind, runs.get(runId));
        }
        assertRecoveriesCarriedInOnce();
    }

    /**
     * One of the first two weeks of the kind not released yet: two weeks' proposals may wait at once, so that
     * a release can make the other one stale.
     */
    private LocalDate nextWeek(RunKind kind) {
        List<LocalDate> open = new ArrayList<>();
        for (int k = 0; k < WEEKS && open.size() < 2; k++) {
            LocalDate week = FIRST.plusWeeks(k);
            Integer released = jdbc.queryForObject("select count(*) from payment_run where kind = ? and week_start = ?"
                    + " and status in ('RELEASED', 'APPROVED')", Integer.class, kind.name(), week);
            if (released == 0) {
                open.add(week);
            }
        }
        return open.isEmpty() ? null : open.get(random.nextInt(open.size()));
    }

    private void assertReleasedWeeksAddUpToTheirWorth(RunKind kind, PaymentRun run) {
        WeekValuation valuation = valuations.current();
        for (LocalDate week : jdbc.queryForList("select week_start from payment_run where kind = ? and status = 'RELEASED'"
                + " and week_start <= ?", LocalDate.class, kind.name(), run.weekStart())) {
            Map<PackageWeek, BigDecimal> worth = new HashMap<>();
            if (kind == RunKind.HOMECARE) {
                for (ReturnFile file : visits.returnsOf(week)) {
                    worth.putAll(valuation.worth(week, file.providerId(), valuation.homecare(week, visits.of(file))));
                }
            } else {
                worth.putAll(WeekValuation.worth(valuation.scheduled(week)));
            }
            Map<PackageWeek, BigDecimal> released = new HashMap<>();
            jdbc.query("""
                    select l.provider_id, l.client_id, l.package_id, l.service_type, sum(l.amount) from payment_line l
                    join payment_run r on r.run_id = l.run_id
                    where r.kind = ? and r.status = 'RELEASED' and l.week_start = ?
                      and l.line_type in ('VISIT', 'SCHEDULED', 'ADJUSTMENT')
                    group by l.provider_id, l.client_id, l.package_id, l.service_type""", rs -> {
                released.put(new PackageWeek(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), week),
                        rs.getBigDecimal(5));
            }, kind.name(), week);
            // Package-weeks worth 0.00 and never paid have no line: compare what is not zero on either side.
            assertThat(nonZero(released)).as("released %s week %s after %s", kind, week, run.runId())
                    .isEqualTo(nonZero(worth));
            weeksChecked++;
        }
    }

    private void assertNoProviderBelowZero(String runId) {
        assertThat(jdbc.queryForList("select provider_id from payment_line where run_id = ? group by provider_id"
                + " having sum(amount) < 0", String.class, runId)).as("providers below zero in " + runId).isEmpty();
    }

    private void assertRecoveriesCarriedInOnce() {
        assertThat(jdbc.queryForList("""
                select away.run_id || ' ' || away.provider_id from payment_line away
                join payment_run r on r.run_id = away.run_id and r.status = 'RELEASED'
                where away.line_type = 'CARRIED_RECOVERY' and away.source_path = away.run_id
                  and (select count(*) from payment_line back join payment_run b on b.run_id = back.run_id
                       where b.status = 'RELEASED' and back.line_type = 'CARRIED_RECOVERY'
                         and back.source_path = away.run_id and back.provider_id = away.provider_id
                         and back.amount = -away.amount) > 1""", String.class)).as("recovered twice").isEmpty();
        assertThat(jdbc.queryForList("""
                select back.run_id from payment_line back join payment_run b on b.run_id = back.run_id
                where b.status = 'RELEASED' and back.line_type = 'CARRIED_RECOVERY' and back.source_path <> back.run_id
                  and not exists (select 1 from payment_line away where away.run_id = back.source_path
                                  and away.provider_id = back.provider_id and away.line_type = 'CARRIED_RECOVERY'
                                  and away.source_path = away.run_id and away.amount = -back.amount)""",
                String.class)).as("carried in without being carried away").isEmpty();
    }

    private static Map<PackageWeek, BigDecimal> nonZero(Map<PackageWeek, BigDecimal> amounts) {
        Map<PackageWeek, BigDecimal> nonZero = new HashMap<>();
        amounts.forEach((key, amount) -> {
            if (amount.signum() != 0) {
                nonZero.put(key, amount.setScale(2));
            }
        });
        return nonZero;
    }

    private void ingest() throws Exception {
        ingest(news.path());
    }
}
