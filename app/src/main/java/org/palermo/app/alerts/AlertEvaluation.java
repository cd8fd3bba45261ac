package org.palermo.app.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.palermo.app.ads.AdsIngested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns newly ingested ads into alerts: after each ingest commit, on one background thread, the new ads (only
 * those) are read once and matched in memory against every saved search; each match becomes an alert for the
 * search's owner. Ingest never waits for this and never fails because of it: a failure is logged and the batch's
 * alerts are lost (not retried).
 */
public class AlertEvaluation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluation.class);

    private final SavedSearchesJdbcRepository searches;
    private final NewAdsJdbcRepository newAds;
    private final AlertsJdbcRepository alerts;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "saved-search-alerts");
        thread.setDaemon(true);
        return thread;
    });

    AlertEvaluation(SavedSearchesJdbcRepository searches, NewAdsJdbcRepository newAds, AlertsJdbcRepository alerts,
            Clock clock) {
        this.searches = searches;
        this.newAds = newAds;
        this.alerts = alerts;
        this.clock = clock;
    }

    @EventListener
    void on(AdsIngested ingested) {
        try {
            worker.execute(() -> evaluateQuietly(ingested.adIds()));
        } catch (RejectedExecutionException e) {
            LOG.warn("saved searches not evaluated for {} new ad(s): shutting down", ingested.adIds().size());
        }
    }

    private void evaluateQuietly(List<Long> adIds) {
        try {
            try {
                evaluate(adIds);
            } catch (DataIntegrityViolationException e) {
                evaluate(adIds); // a saved search was deleted while we matched: once more without it
            }
        } catch (RuntimeException e) {
            LOG.warn("saved searches not evaluated for {} new ad(s)", adIds.size(), e);
        }
    }

    /** Matches the ads against every saved search and stores the alerts; returns how many. */
    int evaluate(List<Long> adIds) {
        SavedSearchIndex index = new SavedSearchIndex(searches.all());
        if (index.isEmpty() || adIds.isEmpty()) {
            return 0;
        }
        List<AlertsJdbcRepository.Match> matches = new ArrayList<>();
        for (NewAd ad : newAds.find(adIds)) {
            for (SavedSearch search : index.matching(ad)) {
                matches.add(new AlertsJdbcRepository.Match(search.id(), search.owner(), ad.id()));
            }
        }
        if (!matches.isEmpty()) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            alerts.insert(matches, now);
        }
        return matches.size();
    }

    /** Waits until every batch handed over so far is evaluated (for tests and an orderly shutdown). */
    public void awaitIdle(long timeout, TimeUnit unit) throws Exception {
        Future<?> marker = worker.submit(() -> { });
        marker.get(timeout, unit);
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("saved-search alerts still running at shutdown");
            worker.shutdownNow();
        }
    }
}
