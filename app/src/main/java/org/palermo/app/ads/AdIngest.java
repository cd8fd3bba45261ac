package org.palermo.app.ads;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.networks.LinkedAd;
import org.palermo.app.networks.ServerLinking;
import org.palermo.app.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests ads idempotently: an ad already stored under its (source, external id) is returned as it is; new ads
 * are analysed by the {@link AdPipeline}, stored with their results and an audit line in one transaction, then
 * linked by {@link ServerLinking} (which stores each ad's template and network) before the caller is answered. Two clients racing to store the same ad both get the one stored record.
 */
class AdIngest {

    private static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(AdIngest.class);

    private final AdsJdbcRepository ads;
    private final AnalysesJdbcRepository analyses;
    private final AdPipeline pipeline;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ServerLinking linking;
    private final ApplicationEventPublisher events;

    AdIngest(AdsJdbcRepository ads, AnalysesJdbcRepository analyses, AdPipeline pipeline, AuditLog audit,
            TransactionTemplate transactions, Clock clock, ServerLinking linking, ApplicationEventPublisher events) {
        this.linking = linking;
        this.events = events;
        this.ads = ads;
        this.analyses = analyses;
        this.pipeline = pipeline;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Receipts in the order of {@code incoming}; an ad sent twice in one batch is stored once. */
    List<AdReceipt> ingest(List<IncomingAd> incoming, Actor actor, String reason) {
        Stored stored = storeRetrying(incoming, actor, reason);
        link(stored);
        publish(stored.created());
        return receipts(incoming, stored.existing(), stored.created(), stored.toStore(), stored.analysis());
    }

    /** What one ingest committed: the ads it found stored before, and those it stored now with their analyses. */
    private record Stored(Map<IncomingAd.Key, Long> existing, List<IncomingAd> toStore, List<AdAnalysis> analysis,
            Map<IncomingAd.Key, Long> created) {}

    /** Only the look-up and the store are retried: another request may store some of the same ads meanwhile. */
    private Stored storeRetrying(List<IncomingAd> incoming, Actor actor, String reason) {
        for (int attempt = 1; ; attempt++) {
            try {
                return lookUpAndStore(incoming, actor, reason);
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                // another request stored some of these ads since we looked: look again
            }
        }
    }

    private Stored lookUpAndStore(List<IncomingAd> incoming, Actor actor, String reason) {
        Map<IncomingAd.Key, Long> existing = existing(incoming);
        Map<IncomingAd.Key, IncomingAd> fresh = new LinkedHashMap<>();
        incoming.stream().filter(ad -> !existing.containsKey(ad.key())).forEach(ad -> fresh.putIfAbsent(ad.key(), ad));
        List<IncomingAd> toStore = List.copyOf(fresh.values());
        // screening is pure: run it on every core before the transaction (a batch of 1,000 is ~0.1 s of CPU)
        List<AdAnalysis> analysis = (toStore.size() > 16 ? toStore.parallelStream() : toStore.stream())
                .map(ad -> pipeline.analyse(ad.ad())).toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<IncomingAd.Key, Long> created = transactions.execute(status -> {
            Map<IncomingAd.Key, Long> stored = store(toStore, analysis, now);
            audit.append(actor.describe(), "ads.ingest", target(stored, existing, incoming), reason);
            return stored;
        });
        return new Stored(existing, toStore, analysis, created);
    }

    /**
     * Links the committed ads. The ads are stored whatever happens here: when storing their links fails, the link
     * index is marked stale and the next batch rebuilds it from the database, which links these ads too; the caller
     * still gets the receipts of what was stored (never "already stored" for an ad stored now).
     */
    private void link(Stored stored) {
        try {
            linking.link(committed(stored.toStore(), stored.analysis(), stored.created()));
        } catch (RuntimeException e) {
            LOG.warn("{} ad(s) stored but not linked yet ({}); the link index is rebuilt before the next batch",
                    stored.created().size(), e.getClass().getSimpleName());
        }
    }

    /** Tells listeners (saved-search alerts) about the new ads; what they do never fails the ingest. */
    private void publish(Map<IncomingAd.Key, Long> created) {
        if (created.isEmpty()) {
            return;
        }
        try {
            events.publishEvent(new AdsIngested(created.values().stream().sorted().toList()));
        } catch (RuntimeException e) {
            LOG.warn("a listener of ingested ads failed; the ingest stands", e);
        }
    }

    private static List<LinkedAd> committed(List<IncomingAd> toStore, List<AdAnalysis> analysis,
            Map<IncomingAd.Key, Long> created) {
        List<LinkedAd> out = new ArrayList<>(toStore.size());
        for (int i = 0; i < toStore.size(); i++) {
            Verdict verdict = analysis.get(i).verdict();
            out.add(new LinkedAd(created.get(toStore.get(i).key()), toStore.get(i).ad(), analysis.get(i).identifiers(),
                    verdict == null ? null : verdict.risk()));
        }
        return out;
    }

    private Map<IncomingAd.Key, Long> existing(List<IncomingAd> incoming) {
        Map<String, List<String>> idsBySource = new LinkedHashMap<>();
        incoming.forEach(ad -> idsBySource.computeIfAbsent(ad.source(), s -> new ArrayList<>()).add(ad.ad().id()));
        Map<IncomingAd.Key, Long> existing = new HashMap<>();
        idsBySource.forEach((source, ids) -> ads.existing(source, ids)
                .forEach((externalId, id) -> existing.put(new IncomingAd.Key(source, externalId), id)));
        return existing;
    }

    private Map<IncomingAd.Key, Long> store(List<IncomingAd> toStore, List<AdAnalysis> analysis, Instant now) {
        if (toStore.isEmpty()) {
            return Map.of();
        }
        ads.insert(toStore, now);
        Map<IncomingAd.Key, Long> created = new HashMap<>();
        Map<String, List<String>> idsBySource = new LinkedHashMap<>();
        toStore.forEach(ad -> idsBySource.computeIfAbsent(ad.source(), s -> new ArrayList<>()).add(ad.ad().id()));
        idsBySource.forEach((source, ids) -> ads.existing(source, ids)
                .forEach((externalId, id) -> created.put(new IncomingAd.Key(source, externalId), id)));
        List<AnalysesJdbcRepository.Analysed> analysed = new ArrayList<>(toStore.size());
        for (int i = 0; i < toStore.size(); i++) {
            analysed.add(new AnalysesJdbcRepository.Analysed(created.get(toStore.get(i).key()), analysis.get(i)));
        }
        analyses.insert(analysed, now);
        return created;
    }

    private static List<AdReceipt> receipts(List<IncomingAd> incoming, Map<IncomingAd.Key, Long> existing,
            Map<IncomingAd.Key, Long> created, List<IncomingAd> toStore, List<AdAnalysis> analysis) {
        Map<IncomingAd.Key, AdAnalysis> analysisByKey = new HashMap<>();
        for (int i = 0; i < toStore.size(); i++) {
            analysisByKey.put(toStore.get(i).key(), analysis.get(i));
        }
        List<AdReceipt> receipts = new ArrayList<>(incoming.size());
        Set<IncomingAd.Key> answered = new HashSet<>();
        for (IncomingAd ad : incoming) {
            IncomingAd.Key key = ad.key();
            boolean isNew = created.containsKey(key) && answered.add(key);
            long id = created.containsKey(key) ? created.get(key) : existing.get(key);
            receipts.add(receipt(id, key, isNew, isNew ? analysisByKey.get(key) : null));
        }
        return receipts;
    }

    private static AdReceipt receipt(long id, IncomingAd.Key key, boolean created, AdAnalysis analysis) {
        Verdict verdict = analysis == null ? null : analysis.verdict();
        return new AdReceipt(id, key.source(), key.externalId(), created, verdict != null,
                verdict == null ? null : verdict.risk(), verdict == null ? null : verdict.band());
    }

    private static String target(Map<IncomingAd.Key, Long> created, Map<IncomingAd.Key, Long> existing,
            List<IncomingAd> incoming) {
        return "ads created " + IdRanges.of(created.values()) + "; " + (incoming.size() - created.size())
                + " already stored" + (existing.isEmpty() ? "" : " " + IdRanges.of(existing.values()));
    }
}
