-- The nightly audit and four eyes that hold (docs/audit.md).

-- Who did what: beside each name given, the operating-system account that typed the command.
alter table payment_run add column started_os text;
alter table payment_run add column approved_os text;
alter table payment_run add column released_os text;
alter table payment_run add column proposed_at timestamptz;

-- The policy values a run was valued with (rules.md's values in bold, as summary.json lists them), one
-- "name=value" a line: the audit values a released week again with those of the run that valued it last.
alter table payment_run add column policy_values text;

-- Tamper evidence. Each release seals its run: the SHA-256 of its ledger lines and of every file of its
-- folder, chained to the seal of the release before it. Beside each hash, 8 bytes of SHA-256 per line (of
-- the ledger in line_id order, of a file in line order) let the audit name the line that changed.
create table run_seal (
    seal_no         bigint primary key,              -- 1, 2, ... in the order of release
    run_id          text not null unique references payment_run (run_id),
    ledger_lines    int not null,
    ledger_sha256   char(64) not null,
    ledger_digests  bytea not null,
    inputs_sha256   char(64) not null,               -- the files it took, its claims, charge items and bills
    previous_sha256 char(64) not null,               -- the seal before it; 64 zeros for the first
    seal_sha256     char(64) not null,               -- over the previous seal, the run's lifecycle, ledger and files
    sealed_at       timestamptz not null
);

create table run_seal_file (
    run_id       text not null references run_seal (run_id),
    path         text not null,                      -- relative to the run's folder, '/' between names
    sha256       char(64) not null,
    bytes        bigint not null,
    lines        int not null,
    line_digests bytea not null,
    primary key (run_id, path)
);

create function refuse_seal_change() returns trigger language plpgsql as $$
begin
    raise exception '% is a seal of a released run and never changes', tg_table_name;
end $$;
create trigger run_seal_unchanged before update or delete on run_seal
    for each row execute function refuse_seal_change();
create trigger run_seal_file_unchanged before update or delete on run_seal_file
    for each row execute function refuse_seal_change();

-- What one audit found, check by check: the job's steps write them (a restarted audit keeps the checks that
-- completed), its last step writes audit.csv and audit.html from them.
create table audit_finding (
    job_instance_id bigint not null,
    check_name      text not null,
    seq             int not null,
    status          text not null check (status in ('PASS', 'FAIL')),
    run_id          text,
    file            text,
    detail          text not null,
    primary key (job_instance_id, check_name, seq)
);
