-- Saved-search alerts survive a crash: every ad is stored with alerts_pending = TRUE (the column default, whatever
-- code inserts it) and the alert evaluation clears it in the transaction that stores the ad's alerts. On start the
-- server evaluates the ads still pending, so an ad committed just before a crash still raises its alerts.
-- Ads stored before this migration are treated as evaluated. Portable SQL: H2 2.x and PostgreSQL 12+.
ALTER TABLE ads ADD COLUMN alerts_pending BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE ads SET alerts_pending = FALSE;
CREATE INDEX ads_alerts_pending ON ads (alerts_pending, id);
