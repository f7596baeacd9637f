-- A week's new proposal supersedes the earlier one only once it is written (issue #12): while it is PROPOSING,
-- the earlier PROPOSED (or approved, no longer releasable) run stays. So a week has at most one run being
-- proposed and at most one written, approved or released one, no longer one run that is not SUPERSEDED.
drop index payment_run_live;
create unique index payment_run_live on payment_run (kind, week_start)
    where status in ('PROPOSED', 'APPROVED', 'RELEASED');
create unique index payment_run_proposing on payment_run (kind, week_start) where status = 'PROPOSING';
