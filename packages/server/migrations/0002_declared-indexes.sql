-- Filters and sorts are now served by partial indexes derived from each collection's declared
-- fields (created on start, see src/storage/declared-indexes.ts); these three are covered by them.
DROP INDEX IF EXISTS records_by_ticket;
DROP INDEX IF EXISTS records_by_requester;
DROP INDEX IF EXISTS records_by_account;
