-- Linking in the server. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.

-- The order in which ads entered the server's link index (0, 1, 2, ...). Template and network ids are "t"/"n" plus
-- the link order of their earliest ad, so a restart replays the ads in this order to give the same ids.
ALTER TABLE ad_links ADD COLUMN link_seq BIGINT;
CREATE UNIQUE INDEX ad_links_link_seq ON ad_links (link_seq);

-- Networks that a later batch merged into an older one: the absorbed id and the id that kept the ads.
CREATE TABLE network_merges (
    absorbed_id VARCHAR(100) PRIMARY KEY,
    network_id  VARCHAR(100) NOT NULL,
    merged_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX network_merges_network ON network_merges (network_id);
