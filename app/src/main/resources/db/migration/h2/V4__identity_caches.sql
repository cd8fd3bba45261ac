-- Ingest speed on the embedded database (docs/benchmarks.md, "Server, session 2"): H2 writes an identity
-- column's sequence to the file whenever its cache of values runs out (by default every 32 values), and with
-- WRITE_DELAY=0 each such write is a store of the file. A 1,000-ad batch then cost about 60 extra stores for the
-- ads and identifiers ids. With a cache of 1000 it costs about two. After a crash the ids continue after the last
-- cached block (a gap), never reusing one.
ALTER TABLE ads ALTER COLUMN id SET CACHE 1000;
ALTER TABLE identifiers ALTER COLUMN id SET CACHE 1000;
