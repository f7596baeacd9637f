-- A payment line names its visit by file and record: the remittance's query (every provider of a run in one
-- pass, issue #13) joins a million lines to their visits by that pair. With the file alone indexed, a join the
-- planner nests would read every visit of the file for each line; the pair serves the file's lookups as well.
create index visit_file_record on visit (file_id, record_no);
drop index visit_file;
