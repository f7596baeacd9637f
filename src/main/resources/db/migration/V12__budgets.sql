-- reference/budgets.csv (formats.md, R10): the council's budget per service type (and ADHOC) and financial
-- year, an optional snapshot like the other reference files.
create table budget (
    file_id bigint not null, origin_file_id bigint not null, record_no int not null,
    service_type text not null, financial_year_start date not null, annual_budget numeric(14, 2) not null
);
create index budget_file on budget (file_id);

create or replace view reference_snapshot as
select id as snapshot_id, kind, path, sha256, taken_in_at
from inbox_file
where status = 'TAKEN_IN'
  and kind in ('CLIENTS', 'PROVIDERS', 'PACKAGES', 'RATES', 'CONTRIBUTIONS', 'ABSENCES', 'BUDGETS');
