-- Billing runs (R6, operations.md "Runs"): BL-PERIOD_START-ATTEMPT has the lifecycle of a payment run, so
-- it is a row of payment_run of kind BILLING, its week_start the first Monday of its four-week period.
alter table payment_run drop constraint payment_run_kind_check;
alter table payment_run add constraint payment_run_kind_check check (kind in ('HOMECARE', 'SCHEDULED', 'BILLING'));

-- charge-lines.csv: written once, when the run is proposed. The lines of released runs are the clients'
-- ledger: an ACCRUED week is billed later by a COP_ARREARS line that claims it (run_claim), never edited.
create table charge_line (
    run_id          text not null,
    client_id       text not null,
    week_start      date not null,               -- COP_ARREARS: the first accrued week it bills
    line_type       text not null check (line_type in ('WEEK', 'ARREARS', 'CREDIT', 'COP_ARREARS')),
    chargeable_cost numeric(14, 2),              -- WEEK lines only
    maximum_charge  numeric(14, 2),              -- WEEK lines only
    charge          numeric(14, 2) not null,
    status          text not null check (status in ('BILLED', 'ACCRUED', 'NOT_ASSESSED')),
    detail          text
);
create index charge_line_run on charge_line (run_id, client_id);
create index charge_line_accrued on charge_line (client_id) where status = 'ACCRUED';

-- What a WEEK line's chargeable cost is made of, package by package: the client's statement shows it.
create table charge_item (
    run_id          text not null,
    client_id       text not null,
    week_start      date not null,
    package_id      text not null,
    service_type    text not null,
    provider_name   text not null,
    amount          numeric(14, 2) not null,     -- what R2, R3 or R4 give the package for the week
    council_share   int not null,                -- percent
    chargeable      numeric(14, 2) not null      -- round(amount x council_share / 100)
);
create index charge_item_run on charge_item (run_id, client_id);

-- Each client's bill in the run, with what the run knew of the client, so that release writes
-- debtors-interface.csv again with the same content whatever snapshot came in since.
create table run_bill (
    run_id          text not null,
    client_id       text not null,
    debtor_ref      text not null,
    client_name     text not null,               -- forename and surname: a statement names its client
    bill_to         text not null,
    address_line_1  text not null,
    postcode        text not null,
    amount          numeric(14, 2) not null,     -- BILLED WEEK + ARREARS + CREDIT + COP_ARREARS
    line_count      int not null,
    primary key (run_id, client_id)
);

-- cop-debt-report.csv: every Court of Protection debt the run saw, billed in it or still accruing.
create table run_cop_debt (
    run_id          text not null,
    client_id       text not null,
    accrued_from    date not null,
    accrued_amount  numeric(14, 2) not null,
    billed          boolean not null,
    primary key (run_id, client_id)
);
