-- Issue #13: a run's payment lines in the order of payment-lines.csv and of the remittances (formats.md), so that
-- the files are written in one pass over this index instead of PostgreSQL sorting the run's million lines twice,
-- once per file. The expressions and collations are those of the files' ORDER BY (ledger/RunLines), or the
-- planner could not use it.
create index payment_line_files_order on payment_line (run_id, provider_id collate "C",
    (coalesce(client_id, '')) collate "C", (coalesce(package_id, '')) collate "C", week_start,
    service_date nulls first, source_path collate "C", source_record nulls first);
