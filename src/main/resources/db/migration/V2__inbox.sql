-- What Carepay took in from the inbox. Every file of every ingest is registered in inbox_file; the
-- rows of a file live in the table of its kind, tagged with the file's id, and count only once the
-- file is TAKEN_IN: a file is made visible (or rejected) in one transaction, so no reader ever sees
-- half of it. Nothing here is updated in place after it is taken in: a new snapshot or return is a
-- new file, and the older one stays for explaining earlier runs.

create table inbox_file (
    id            bigserial primary key,
    ingest_id     bigint  not null,          -- the first job execution of the ingest
    seq           int     not null,          -- position in the ingest order
    kind          text    not null,          -- InboxKind
    path          text    not null,          -- folder/name, relative to the inbox
    sha256        char(64) not null,
    size_bytes    bigint  not null,
    status        text    not null check (status in ('PENDING', 'TAKEN_IN', 'REJECTED', 'SKIPPED')),
    reject_code   text,
    reject_detail text,
    line_count    int,
    refused_count int,
    replaces_file_id bigint references inbox_file (id),
    scanned_at    timestamptz not null default now(),
    taken_in_at   timestamptz,
    unique (ingest_id, seq)
);
create index inbox_file_sha on inbox_file (sha256);
create index inbox_file_kind on inbox_file (kind, status);

-- The lines the load step read of each file, counted under a key (a return's provider and week), so
-- that publishing a file does not read its lines again.
create table inbox_file_lines (
    file_id bigint not null references inbox_file (id),
    key     text   not null,
    lines   int    not null,
    primary key (file_id, key)
);

-- A reference snapshot is a version: a reference file taken in, with its SHA-256 and time.
create view reference_snapshot as
select id as snapshot_id, kind, path, sha256, taken_in_at
from inbox_file
where status = 'TAKEN_IN' and kind in ('CLIENTS', 'PROVIDERS', 'PACKAGES', 'RATES', 'CONTRIBUTIONS', 'ABSENCES');

-- Everything an ingest refused or noted, in the columns of a run's exceptions.csv.
create table ingest_exception (
    id           bigserial primary key,
    ingest_id    bigint not null,
    file_id      bigint not null references inbox_file (id),
    record_no    int,                        -- empty for a whole-file code
    code         text   not null,
    severity     text   not null check (severity in ('REFUSED', 'INFO', 'HELD')),
    provider_id  text,
    client_id    text,
    package_id   text,
    service_date text,
    detail       text,
    entity_key   text                        -- reference: the refused entity; returns: provider|week
);
create index ingest_exception_ingest on ingest_exception (ingest_id);
create index ingest_exception_file on ingest_exception (file_id);

-- Reference snapshots. file_id is the snapshot; origin_file_id/record_no the line the row came from
-- (an older snapshot's when a refused entity kept its previous row, R1).
create table client (
    file_id bigint not null, origin_file_id bigint not null, record_no int not null,
    client_id text not null, forename text not null, surname text not null, date_of_birth date not null,
    address_line_1 text not null, postcode text not null, debtor_ref text not null, date_of_death date,
    billing_status text not null, bill_to_name text
);
create table provider (
    file_id bigint not null, origin_file_id bigint not null, record_no int not null,
    provider_id text not null, name text not null, supplier_ref text not null, sort_code text not null,
    account_number text not null, account_name text not null, bank_details_changed_on date
);
create table package (
    file_id bigint not null, origin_file_id bigint not null, record_no int not null,
    package_id text not null, client_id text not null, provider_id text not null, service_type text not null,
    payment_basis text not null, payment_method text not null, start_date date not null, end_date date,
    unit text not null, planned_units_per_week numeric not null, unit_rate numeric(14, 2), carers int not null,
    funding text not null, health_share_percent int not null, chargeable boolean not null
);
create table rate (
    file_id bigint not null, origin_file_id bigint not null, record_no int not null,
    provider_id text not null, service_type text not null, effective_from date not null, unit_rate numeric(14, 2) not null
);
create table contribution (
    file_id bigint not null, origin_file_id bigint not null, record_no int not null,
    client_id text not null, assessment_type text not null, effective_from date not null, effective_to date,
    weekly_amount numeric(14, 2) not null
);
create table absence (
    file_id bigint not null, origin_file_id bigint not null, record_no int not null,
    client_id text not null, absence_type text not null, start_date date not null, end_date date
);
create index client_file on client (file_id);
create index provider_file on provider (file_id);
create index package_file on package (file_id);
create index rate_file on rate (file_id);
create index contribution_file on contribution (file_id);
create index absence_file on absence (file_id);

-- Provider returns: the visits of one provider-week per file; return_week points at the file that
-- counts now (a later return of the same provider and week replaces the earlier one).
create table visit (
    file_id bigint not null, record_no int not null,
    provider_id text not null, week_start date not null, client_id text not null, package_id text not null,
    visit_date date not null, planned_start time not null, planned_minutes int not null,
    actual_start time not null, actual_minutes int not null, carers int not null,
    carer_ref text, variation_ref text
);
create index visit_file on visit (file_id);

create table return_week (
    provider_id text not null,
    week_start  date not null,
    file_id     bigint not null references inbox_file (id),
    primary key (provider_id, week_start)
);

create table invoice_line (
    file_id bigint not null, record_no int not null,
    invoice_no text not null, provider_id text not null, invoice_date date not null, client_id text not null,
    package_id text not null, period_start date not null, period_end date not null, units numeric not null,
    unit_rate numeric(14, 2) not null, amount numeric(14, 2) not null
);
create index invoice_line_file on invoice_line (file_id);

create table payment_request (
    file_id bigint not null, record_no int not null,
    request_id text not null, provider_id text not null, client_id text not null, request_type text not null,
    amount numeric(14, 2) not null, reason text not null, requested_by text not null, approved_by text,
    approved_on date
);
create index payment_request_file on payment_request (file_id);

create table isf_spend (
    file_id bigint not null, record_no int not null,
    provider_id text not null, client_id text not null, package_id text not null, spend_date date not null,
    amount numeric(14, 2) not null, description text not null
);
create index isf_spend_file on isf_spend (file_id);

create table dp_invoice (
    file_id bigint not null, record_no int not null,
    dp_invoice_id text not null, client_id text not null, package_id text not null, payee_name text not null,
    sort_code text not null, account_number text not null, invoice_date date not null,
    amount numeric(14, 2) not null
);
create index dp_invoice_file on dp_invoice (file_id);

-- The order in which files were taken in: the current snapshot of a kind is the one taken in last.
create sequence taken_in_seq;
alter table inbox_file add column taken_in_seq bigint unique;
