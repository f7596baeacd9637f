-- carepay scheduler (docs/scheduler.md): each fire of a job is claimed by one scheduler, once, whatever how many
-- run on the database; what it did is kept beside it.
create table scheduler_fire (
    job          text not null,
    fire_time    timestamptz not null,            -- when the cron was due
    parameters   text not null,                   -- as resolved for that time: "week=2026-11-16", "" for none
    claimed_by   text not null,                   -- the scheduler: host and process
    claimed_at   timestamptz not null default clock_timestamp(),
    outcome      text,                            -- DONE, FAILED, REFUSED, NOTHING_TO_DO, ALREADY_DONE, CAUGHT_UP
    execution_id bigint,                          -- the job execution it started, if any
    primary key (job, fire_time)
);

-- From when a job's fires count: the first start of a scheduler that knew it (no catch-up of earlier ones).
create table scheduler_job (
    job   text primary key,
    since timestamptz not null
);
