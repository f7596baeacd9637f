-- R7 and the ledger (docs/corrections.md): every line has an id, claims are typed rows whose uniqueness
-- the database enforces, and the rows of a released run can never change.

-- Line identity. Ids come from the database when the line is written (COPY leaves the column out); a
-- restarted rating step removes its run's rows and writes them again, so an id is never doubled.
alter table payment_line add column line_id bigint generated always as identity;
alter table payment_line add primary key (line_id);
alter table charge_line add column line_id bigint generated always as identity;
alter table charge_line add primary key (line_id);

-- Claims: R4's invoice lines, R5's requests, R9's DP invoices, R6's accrued lines and R7's carried
-- recoveries are each held by one live run at most. A superseded run's claims stop being live (they stay,
-- as what that proposal would have paid), which frees them for the next proposal.
alter table run_claim add column claim_type text;
update run_claim set claim_type = case split_part(item, '|', 1)
        when 'INV' then 'INVOICE_LINE' when 'INV-REFUSED' then 'REFUSED_INVOICE_LINE' when 'REQ' then 'REQUEST'
        when 'DPI' then 'DP_INVOICE' when 'COP' then 'ACCRUED_LINE' end,
    item = substr(item, strpos(item, '|') + 1);
alter table run_claim alter column claim_type set not null;
alter table run_claim add constraint run_claim_type_check check (claim_type in ('INVOICE_LINE',
    'REFUSED_INVOICE_LINE', 'REQUEST', 'DP_INVOICE', 'ACCRUED_LINE', 'CARRIED_RECOVERY'));
-- A COP_ARREARS line claims the ACCRUED lines it bills by their ids (R7's ARREARS and CREDIT lines of an
-- ACCRUE client accrue too, so a client and week no longer name one line).
update run_claim c set item = l.line_id::text from charge_line l
where c.claim_type = 'ACCRUED_LINE' and l.line_type = 'WEEK' and l.status = 'ACCRUED'
  and c.item = l.client_id || '|' || l.week_start
  and l.run_id in (select run_id from payment_run where kind = 'BILLING' and status = 'RELEASED');
alter table run_claim add column live boolean not null default true;
update run_claim c set live = false from payment_run r where r.run_id = c.run_id and r.status = 'SUPERSEDED';
alter table run_claim drop constraint run_claim_pkey;
alter table run_claim add primary key (run_id, claim_type, item);
drop index run_claim_item;
create unique index run_claim_live on run_claim (claim_type, item) where live;

-- R8: a released run is immutable. Its lifecycle row keeps its status and approval; its ledger rows are
-- never updated or deleted (a restart or a new proposal only ever clears a run that is not released).
create function refuse_released_run_change() returns trigger language plpgsql as $$
begin
    raise exception 'run % is RELEASED and never changes (R7: corrections are new lines of later runs)', old.run_id;
end $$;
create trigger payment_run_released before update or delete on payment_run
    for each row when (old.status = 'RELEASED') execute function refuse_released_run_change();

create function refuse_released_rows_change() returns trigger language plpgsql as $$
declare
    released text;
begin
    select r.run_id into released from changed c join payment_run r on r.run_id = c.run_id
    where r.status = 'RELEASED' limit 1;
    if released is not null then
        raise exception '% rows of run % are RELEASED and never change (R7: corrections are new lines of later runs)',
            tg_table_name, released;
    end if;
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['payment_line', 'run_exception', 'run_input', 'run_claim', 'charge_line',
                             'charge_item', 'run_bill', 'run_cop_debt'] loop
        execute format('create trigger %I after update on %I referencing old table as changed'
                       ' for each statement execute function refuse_released_rows_change()', t || '_released_update', t);
        execute format('create trigger %I after delete on %I referencing old table as changed'
                       ' for each statement execute function refuse_released_rows_change()', t || '_released_delete', t);
    end loop;
end $$;

-- A correction says why, in words the provider reads on its remittance (payment-lines.csv has no such column).
alter table payment_line add column detail text;

-- R7's look-back reads the released lines of a week, of the clients that changed; its carried recoveries
-- are found by provider.
create index payment_line_week_client on payment_line (week_start, client_id);
create index payment_line_recovery on payment_line (provider_id) where line_type = 'CARRIED_RECOVERY';
create index charge_line_client_week on charge_line (client_id, week_start);

-- R7: a run's corrections are worked out against the ledger as it was when the run was rated; a run of its
-- kind released after that makes them stale (both would correct the same weeks), so release refuses it.
alter table payment_run add column rated_at timestamptz;
