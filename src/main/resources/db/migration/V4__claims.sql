-- R4, R5: an accepted invoice line or an approved request is paid once, by the first scheduled run that
-- claims it. A claim of a run that is later superseded no longer counts, so the next proposal claims
-- the item again; nothing is deleted.
create table run_claim (
    run_id text not null references payment_run (run_id),
    item   text not null,                     -- INV|provider|invoice_no|package|period_start|period_end, REQ|request_id
    primary key (run_id, item)
);
create index run_claim_item on run_claim (item);
