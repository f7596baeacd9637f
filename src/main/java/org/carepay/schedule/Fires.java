package org.carepay.schedule;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The fires schedulers claimed, in PostgreSQL: each (job, fire time) by one scheduler only. */
@Repository
class Fires {

    private final JdbcTemplate jdbc;

    Fires(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The job's fires count from the first start of a scheduler that knew it: {@code now} if this is it. */
    void know(String job, Instant now) {
        jdbc.update("insert into scheduler_job (job, since) values (?, ?) on conflict (job) do nothing", job,
                Timestamp.from(now));
    }

    /** The last fire of the job claimed by any scheduler, or when its fires began to count. */
    Instant last(String job) {
        return jdbc.queryForObject("""
                select greatest((select max(fire_time) from scheduler_fire where job = ?),
                                (select since from scheduler_job where job = ?))""", Timestamp.class, job, job)
                .toInstant();
    }

    /** Claims the fire for this scheduler: false when another one has (then it is that one's). */
    boolean claim(String job, Instant fire, String parameters, String scheduler) {
        return jdbc.update("insert into scheduler_fire (job, fire_time, parameters, claimed_by) values (?, ?, ?, ?)"
                + " on conflict do nothing", job, Timestamp.from(fire), parameters, scheduler) == 1;
    }

    /**
     * The job's fires another scheduler claimed and has not said how they ended: it is running them, or it
     * died (then the job's lock is free).
     */
    List<Claimed> unfinished(String job, String except) {
        return jdbc.query("""
                select fire_time, claimed_at from scheduler_fire where job = ? and outcome is null and claimed_by <> ?
                order by fire_time""", (rs, i) -> new Claimed(rs.getTimestamp(1).toInstant(),
                rs.getTimestamp(2).toInstant()), job, except);
    }

    /** Whether the fire still has no outcome: read under the job's lock, after {@link #unfinished} was read without. */
    boolean stillUnfinished(String job, Instant fire) {
        return jdbc.queryForObject("select count(*) from scheduler_fire where job = ? and fire_time = ?"
                + " and outcome is null", Integer.class, job, Timestamp.from(fire)) == 1;
    }

    /** A fire a scheduler claimed, and when. */
    record Claimed(Instant fire, Instant claimedAt) {
    }

    void outcome(String job, Instant fire, String outcome, Long executionId) {
        jdbc.update("update scheduler_fire set outcome = ?, execution_id = ? where job = ? and fire_time = ?", outcome,
                executionId, job, Timestamp.from(fire));
    }
}
