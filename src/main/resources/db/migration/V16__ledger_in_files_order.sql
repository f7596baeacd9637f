-- Issue #13: a run's payment lines in the order of payment-lines.csv and of the remittances (formats.md), so that
-- the files are written in one pass over this index (ledger/RunLines) instead of PostgreSQL sorting the run's
-- million lines for each file: only a package's few lines are left to sort, by date and source. The expressions
-- and collations are those of the files' ORDER BY, or the planner could not use it.
create index payment_line_files_order on payment_line (run_id, provider_id collate "C",
    (coalesce(client_id, '')) collate "C", (coalesce(package_id, '')) collate "C");

-- It also finds a provider's lines in a run, which the index it replaces did: a query must then compare the
-- provider with collate "C" (equality is the same in every collation; the planner matches the index's). One
-- index fewer to keep up to date as a million lines are written.
drop index payment_line_run_provider;
