-- Issue #13: a VISIT line carries its visit's actual start, which its remittance shows, so that the
-- remittances of a run no longer join each of its lines to its visit (at a million lines, a sort of them
-- all by file and record for the join). The lines written before are given theirs.
alter table payment_line add column actual_start time;

update payment_line l set actual_start = v.actual_start
from inbox_file f, visit v
where l.line_type = 'VISIT' and f.path = l.source_path and v.file_id = f.id and v.record_no = l.source_record
  and exists (select 1 from run_input i where i.run_id = l.run_id and i.file_id = f.id);
