-- Trigram indexes make `q` (a case-insensitive substring search) an index lookup; the indexes
-- themselves follow from each collection's declared search fields (src/storage/declared-indexes.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
