-- Payment runs (operations.md "Runs"): a run is proposed, approved by someone else, released, or
-- superseded by a new proposal of its week. Its lines and exceptions are written once, when it is
-- proposed, and never changed: a released run is the ledger (R7 corrections will be new lines of
-- later runs that point at what they correct).

create table payment_run (
    run_id          text primary key,                 -- HC-2026-11-16-1
    kind            text not null check (kind in ('HOMECARE', 'SCHEDULED')),
    week_start      date not null,
    attempt         int  not null,
    status          text not null check (status in ('PROPOSING', 'PROPOSED', 'APPROVED', 'RELEASED', 'SUPERSEDED')),
    started_by      text not null,
    proposed_on     date not null,                    -- the day it was asked for: R8's bank-change window
    approved_by     text,
    approved_at     timestamptz,
    released_at     timestamptz,
    unique (kind, week_start, attempt)
);
-- At most one run of a kind and week that is not superseded.
create unique index payment_run_live on payment_run (kind, week_start) where status <> 'SUPERSEDED';

-- The ledger tables have no foreign key to payment_run: their rows are written only by the run's own
-- job after the run was recorded, and a key checked row by row made COPY of a million lines 3 s slower.
create table payment_line (
    run_id        text not null,
    provider_id   text not null,
    client_id     text,
    package_id    text,
    service_type  text,
    week_start    date not null,
    service_date  date,
    line_type     text not null check (line_type in ('VISIT', 'SCHEDULED', 'INVOICE', 'ADHOC', 'ADJUSTMENT', 'CARRIED_RECOVERY')),
    source_path   text not null,
    source_record int,
    paid_units    numeric,
    amount        numeric(14, 2) not null
);

create table run_exception (
    run_id          text not null,
    code            text not null,
    severity        text not null check (severity in ('REFUSED', 'INFO', 'HELD')),
    provider_id     text,
    client_id       text,
    package_id      text,
    source_path     text not null,
    source_record   int,
    service_date    text,
    detail          text,
    amount_not_paid numeric(14, 2)
);

-- The input files a run took (summary.json): the returns and the reference snapshots it read.
create table run_input (
    run_id  text not null references payment_run (run_id),
    file_id bigint not null references inbox_file (id),
    primary key (run_id, file_id)
);

-- A run's rows, and a provider's within it (remittances are written provider by provider).
create index payment_line_run_provider on payment_line (run_id, provider_id);
create index run_exception_run_provider on run_exception (run_id, provider_id);

-- formats.md: a text field that would begin with = + - @, tab or carriage return is written with a
-- leading ' so that no spreadsheet runs it as a formula. Output files are made by COPY ... TO STDOUT.
create function excel_safe(t text) returns text language sql immutable as
$$ select case when t ~ '^[-=+@\t\r]' then '''' || t else t end $$;
