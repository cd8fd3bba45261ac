-- H2 only (see db/migration/h2/V4__identity_caches.sql): PostgreSQL logs sequence values in its WAL in blocks
-- already, and a per-session cache would let concurrent sessions take ids out of ingest order. Nothing to do.
SELECT 1;
