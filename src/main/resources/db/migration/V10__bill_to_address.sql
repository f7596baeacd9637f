-- formats.md: clients.csv may carry where a deputy's or representative's bill goes (two optional columns that
-- a snapshot's header may leave out). Older snapshots have none: their bills go to the client's address.
alter table client add column bill_to_address_line_1 text, add column bill_to_postcode text;
