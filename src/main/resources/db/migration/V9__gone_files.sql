-- A file that left the inbox between the scan and its reading (moved away before a failed ingest was
-- restarted) is GONE: nothing of it is taken in, and its bytes are no verdict for a later ingest that finds it.
alter table inbox_file drop constraint inbox_file_status_check;
alter table inbox_file add constraint inbox_file_status_check
    check (status in ('PENDING', 'TAKEN_IN', 'REJECTED', 'SKIPPED', 'GONE'));
