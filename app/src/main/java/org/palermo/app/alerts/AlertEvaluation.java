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
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns newly ingested ads into alerts: after each ingest commit, on one background thread, the new ads (only
 * those) are read once and matched in memory against every saved search; each match becomes an alert for the
 * search's owner. Ingest never waits for this and never fails because of it. The alerts and the ads' "evaluated"
 * mark ({@code ads.alerts_pending}, set by default on every stored ad) commit together, so an ad whose evaluation was
 * lost (a failure, a crash, a shutdown) stays pending and is evaluated when the server next starts.
 */
public class AlertEvaluation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluation.class);
    private static final int CATCH_UP_CHUNK = 1_000;

    private final SavedSearchesJdbcRepository searches;
    private final NewAdsJdbcRepository newAds;
    private final AlertsJdbcRepository alerts;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "saved-search-alerts");
        thread.setDaemon(true);
        return thread;
    });

    AlertEvaluation(SavedSearchesJdbcRepository searches, NewAdsJdbcRepository newAds, AlertsJdbcRepository alerts,
            Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
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

    /** On start: ads stored but never evaluated (the server stopped in between) are evaluated now, in the background. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        try {
            worker.execute(this::evaluatePendingQuietly);
        } catch (RejectedExecutionException e) {
            LOG.warn("pending saved-search evaluations not started: shutting down");
        }
    }

    private void evaluatePendingQuietly() {
        int evaluated = 0;
        for (List<Long> pending = newAds.pending(CATCH_UP_CHUNK); !pending.isEmpty();
                pending = newAds.pending(CATCH_UP_CHUNK)) {
            if (!evaluateQuietly(pending)) {
                return;
            }
            evaluated += pending.size();
        }
        if (evaluated > 0) {
            LOG.info("saved searches evaluated for {} ad(s) left pending at the last stop", evaluated);
        }
    }

    private boolean evaluateQuietly(List<Long> adIds) {
        try {
            try {
                evaluate(adIds);
            } catch (DataIntegrityViolationException e) {
                evaluate(adIds); // a saved search was deleted while we matched: once more without it
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("saved searches not evaluated for {} new ad(s); they stay pending until the next start",
                    adIds.size(), e);
            return false;
        }
    }

    /** Matches the ads against every saved search, stores the alerts and marks the ads evaluated; returns how many. */
    int evaluate(List<Long> adIds) {
        if (adIds.isEmpty()) {
            return 0;
        }
        SavedSearchIndex index = new SavedSearchIndex(searches.all());
        List<AlertsJdbcRepository.Match> matches = new ArrayList<>();
        if (!index.isEmpty()) {
            for (NewAd ad : newAds.find(adIds)) {
                for (SavedSearch search : index.matching(ad)) {
                    matches.add(new AlertsJdbcRepository.Match(search.id(), search.owner(), ad.id()));
                }
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        transactions.executeWithoutResult(status -> {
            if (!matches.isEmpty()) {
                alerts.insert(matches, now);
            }
            newAds.markEvaluated(adIds);
        });
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
