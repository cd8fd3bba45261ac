package org.palermo.app.networks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.palermo.app.networks.LinksJdbcRepository.StoredLink;
import org.palermo.core.ads.Ad;
import org.palermo.core.linking.LinkIndex;
import org.palermo.core.linking.LinkInput;
import org.palermo.core.linking.LinkResult;
import org.palermo.core.linking.LinkSettings;
import org.palermo.core.linking.Linker;
import org.palermo.core.linking.NetworkSummaries;
import org.palermo.core.linking.NetworkSummary;
import org.palermo.core.linking.PreparedAd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server's one link index. Ingest hands each committed batch to {@link #link}; batches are linked one at a
 * time, in the order they arrive here, and each ad's template and network (and those of older ads whose template
 * or network changed: merges, hub cuts) are stored in {@code ad_links} with the ad's place in the link order
 * ({@code link_seq}). Merged networks are recorded in {@code network_merges}.
 *
 * <p>On start ({@link #start}) the index is rebuilt from the stored ads in link order, then ads that were committed
 * but never linked (a crash in between) are linked after them. Ids are the link order of a network's earliest ad,
 * and core gives the same ids for one run over the union as for the batches in the same order, so a restart
 * keeps every id. If storing a batch's links fails, the index no longer matches the database and is rebuilt
 * before the next batch.
 *
 * <p>Reads ({@link #ranked}, {@link #describe}) take the read lock and see the index as of the last batch.
 */
public class ServerLinking {

    private static final Logger log = LoggerFactory.getLogger(ServerLinking.class);

    /** A network as core describes it, with the template of each member (same order as {@code summary.ads()}). */
    public record Described(NetworkSummary summary, List<String> memberTemplates) {}

    private final LinksJdbcRepository links;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LinkSettings settings;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final LinkCheckpoint checkpoint;
    private final Function<LinkInput, PreparedAd> preparer;
    private int batchesSinceCheckpoint;
    private long adsSinceCheckpoint;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private Start lastStart;

    private Linker linker;
    private LinkResult last;
    private int[] templates = new int[0];
    private int[] networks = new int[0];
    private boolean stale = true;
    private NetworkSummaries summaries;
    private List<NetworkRow> rows;

    /**
     * How the last {@link #start} went: from a checkpoint (then {@code loaded} ads came from it) or by a full
     * rebuild, and how many ads were linked from the database.
     */
    record Start(boolean fromCheckpoint, int loaded, int linked, long millis) {}

    ServerLinking(LinksJdbcRepository links, TransactionTemplate transactions, Clock clock, LinkSettings settings) {
        this(links, transactions, clock, settings, null);
    }

    /** With a {@code checkpoint} (may be null: always rebuild from the database on start). */
    ServerLinking(LinksJdbcRepository links, TransactionTemplate transactions, Clock clock, LinkSettings settings,
            LinkCheckpoint checkpoint) {
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
        this.checkpoint = checkpoint;
        this.preparer = Linker.preparer(settings);
    }

    /**
     * Builds the index when the server starts: from the checkpoint plus the ads linked or stored after it when a
     * usable one exists, otherwise by linking every stored ad again. Writes a checkpoint afterwards.
     */
    public void start() {
        writeLocked(() -> {
            build();
            boolean changed = !lastStart.fromCheckpoint() || lastStart.linked() > 0;
            if (checkpoint != null && linker.index().size() > 0 && changed) {
                saveCheckpoint();
            }
            return null;
        });
    }

    /** Writes a last checkpoint when batches were linked since the last one (graceful shutdown). */
    public void stop() {
        if (checkpoint == null) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (!stale && batchesSinceCheckpoint > 0) {
                saveCheckpoint();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    Start lastStart() {
        return lastStart;
    }

    /** Every linked ad's template and network as this index has them, by database id (for tests). */
    Map<Long, String> linksInMemory() {
        lock.readLock().lock();
        try {
            Map<Long, String> out = new java.util.HashMap<>();
            for (int i = 0; i < templates.length; i++) {
                out.put(Long.parseLong(linker.index().adId(i)),
                        Linker.templateId(templates[i]) + " " + Linker.networkId(networks[i]));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Links a committed batch and stores the links before returning. Ads already in the index are skipped.
     * Batches that arrive while another is being linked are linked together by the next caller to get the lock
     * (one network partition and one transaction for all of them); core gives the same ids for the union as for
     * the batches one by one in the same order.
     */
    public void link(List<LinkedAd> batch) {
        // preparing (shingles, MinHash, identifier keys) is pure: done before taking the lock, so that one batch
        // prepares while another is linked
        Pending mine = new Pending(prepare(batch));
        pending.add(mine);
        writeLocked(() -> {
            if (mine.done) {
                return null; // linked with an earlier caller's group
            }
            if (stale || linkedElsewhere()) {
                build();
            }
            List<Pending> group = new ArrayList<>();
            for (Pending next = pending.poll(); next != null; next = pending.poll()) {
                group.add(next);
            }
            try {
                linkGroup(group);
            } catch (RuntimeException e) {
                group.forEach(p -> p.failure = e);
                throw e;
            } finally {
                group.forEach(p -> p.done = true);
            }
            return null;
        });
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /**
     * Whether the stored link order no longer ends where this index does: another process (a second server on the
     * same PostgreSQL database, a restore) stored or removed links. Linking on would then collide with or misnumber
     * the stored order, so the index is rebuilt from the database first.
     */
    private boolean linkedElsewhere() {
        long highest = links.highestLinkSeq();
        if (highest == linker.index().size() - 1L) {
            return false;
        }
        log.warn("stored link order ends at {} but this index at {}: rebuilding it from the database", highest,
                linker.index().size() - 1L);
        return true;
    }

    /** A batch waiting to be linked; its fields are read and written under the write lock. */
    private static final class Pending {
        final List<PreparedAd> ads;
        boolean done;
        RuntimeException failure;

        Pending(List<PreparedAd> ads) {
            this.ads = ads;
        }
    }

    private void linkGroup(List<Pending> group) {
        Set<String> seen = new HashSet<>();
        List<PreparedAd> fresh = new ArrayList<>();
        for (Pending batch : group) {
            for (PreparedAd ad : batch.ads) {
                if (!linker.index().contains(ad.id()) && seen.add(ad.id())) {
                    fresh.add(ad);
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        LinkResult result = linker.link(fresh);
        transactions.executeWithoutResult(status -> store(result, null));
        batchesSinceCheckpoint += group.size();
        adsSinceCheckpoint += fresh.size();
        if (checkpoint != null && batchesSinceCheckpoint >= checkpoint.everyBatches()
                && adsSinceCheckpoint >= checkpoint.minAds()) {
            saveCheckpoint();
        }
    }

    private <T> T writeLocked(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            T value = action.get();
            stale = false;
            return value;
        } catch (RuntimeException | Error e) {
            stale = true;
            throw e;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void build() {
        if (!resumeFromCheckpoint()) {
            rebuild();
        }
    }

    private void rebuild() {
        long started = System.nanoTime();
        linker = new Linker(new LinkIndex(settings));
        templates = new int[0];
        networks = new int[0];
        List<LinkedAd> ads = links.adsInLinkOrder(0);
        LinkResult result = linker.link(prepare(ads));
        Map<Long, StoredLink> stored = links.links();
        transactions.executeWithoutResult(status -> store(result, stored));
        long millis = (System.nanoTime() - started) / 1_000_000;
        lastStart = new Start(false, 0, ads.size(), millis);
        log.info("link index rebuilt from {} stored ad(s) in {} ms", ads.size(), millis);
    }

    /**
     * Loads the checkpoint, checks it against the stored link order (the database must hold exactly as many linked
     * ads below its highest {@code link_seq} as it does, and the same ads at sampled places), then links the ads
     * after it: those linked since (by {@code link_seq}) and those never linked (by id), exactly the order a rebuild
     * would use. False when there is no usable checkpoint (logged); the caller then rebuilds.
     */
    private boolean resumeFromCheckpoint() {
        if (checkpoint == null) {
            return false;
        }
        long started = System.nanoTime();
        Optional<LinkIndex> loaded = checkpoint.load(settings);
        if (loaded.isEmpty()) {
            return false;
        }
        LinkIndex index = loaded.get();
        long read = System.nanoTime();
        String mismatch = mismatch(index);
        if (mismatch != null) {
            LinkCheckpoint.rejected(mismatch);
            return false;
        }
        long checked = System.nanoTime();
        linker = new Linker(index);
        int held = index.size();
        // the links as they were when the checkpoint was written (what the database held for these ads then)
        LinkResult atCheckpoint = linker.link(List.of());
        templates = Arrays.copyOf(atCheckpoint.partition().templates(), held);
        networks = Arrays.copyOf(atCheckpoint.partition().networks(), held);
        List<LinkedAd> later = links.adsInLinkOrder(held);
        Map<Long, StoredLink> stored = links.linksFrom(held);
        long fetched = System.nanoTime();
        LinkResult result = linker.link(prepare(later));
        long linked = System.nanoTime();
        transactions.executeWithoutResult(status -> store(result, stored));
        long millis = (System.nanoTime() - started) / 1_000_000;
        lastStart = new Start(true, held, later.size(), millis);
        log.info("link index loaded from the checkpoint in {} ({} ad(s)) and {} later ad(s) linked in {} ms "
                        + "(read {} ms, checked {} ms, later ads read {} ms, linked {} ms, stored {} ms)",
                checkpoint.dir(), held, later.size(), millis, ms(read - started), ms(checked - read),
                ms(fetched - checked), ms(linked - fetched), ms(System.nanoTime() - linked));
        return true;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** Places of the link order compared between a checkpoint and the database (besides the count). */
    private static final int SAMPLES = 64;

    /** Why the checkpoint does not match the database, or null when it does. */
    private String mismatch(LinkIndex index) {
        int held = index.size();
        long below = links.linkedBelow(held);
        if (below != held) {
            return "the checkpoint holds " + held + " ad(s) but the database has " + below
                    + " linked ad(s) below link_seq " + held + " (a checkpoint of another database?)";
        }
        List<Long> places = new ArrayList<>();
        for (int k = 0; k < SAMPLES && k < held; k++) {
            places.add(held <= SAMPLES ? k : (long) k * (held - 1) / (SAMPLES - 1));
        }
        for (Map.Entry<Long, Long> entry : links.adsAt(places).entrySet()) {
            String id = Long.toString(entry.getValue());
            if (!id.equals(index.adId(entry.getKey().intValue()))) {
                return "the database has ad " + id + " at link_seq " + entry.getKey() + ", the checkpoint ad "
                        + index.adId(entry.getKey().intValue()) + " (a checkpoint of another database?)";
            }
        }
        return null;
    }

    private void saveCheckpoint() {
        checkpoint.save(linker.index());
        batchesSinceCheckpoint = 0;
        adsSinceCheckpoint = 0;
    }

    private List<PreparedAd> prepare(List<LinkedAd> ads) {
        return ads.parallelStream()
                .map(ad -> preparer.apply(new LinkInput(withDatabaseId(ad), ad.identifiers(), ad.risk())))
                .toList();
    }

    /** The index knows ads by database id, so that members and edges name ads the API can show. */
    private static Ad withDatabaseId(LinkedAd linked) {
        Ad ad = linked.ad();
        String id = Long.toString(linked.id());
        return ad.id().equals(id) ? ad : new Ad(id, ad.title(), ad.body(), ad.postedAt(),
                ad.city(), ad.region(), ad.country(), ad.site(), ad.url(), ad.price(), ad.images());
    }

    /**
     * Stores new and changed links. Ads this index stored before ({@code templates}/{@code networks} cover them)
     * are compared with those; the others with {@code stored}, the database's links of those ads (on start), or,
     * when it is null (a batch), they are new.
     */
    private void store(LinkResult result, Map<Long, StoredLink> stored) {
        Instant now = clock.instant();
        int[] template = result.partition().templates();
        int[] network = result.partition().networks();
        List<StoredLink> inserts = new ArrayList<>();
        List<StoredLink> updates = new ArrayList<>();
        boolean rebuilding = stored != null;
        for (int i = 0; i < result.end(); i++) {
            if (i < templates.length) {
                if (templates[i] != template[i] || networks[i] != network[i]) {
                    updates.add(link(result, i, template, network));
                }
                continue;
            }
            StoredLink link = link(result, i, template, network);
            StoredLink before = stored == null ? null : stored.get(link.adId());
            if (before == null) {
                inserts.add(link);
            } else if (!before.equals(link)) {
                updates.add(link);
            }
        }
        links.update(updates, now);
        links.insert(inserts, now);
        // on start, merges of replayed ads may be recorded already (they were, unless linking failed or crashed)
        result.absorbedNow().forEach((keeper, gone) -> gone.forEach(g -> {
            if (!rebuilding || links.mergedInto(Linker.networkId(g)).isEmpty()) {
                links.merged(Linker.networkId(g), Linker.networkId(keeper), now);
            }
        }));
        templates = Arrays.copyOf(template, result.end());
        networks = Arrays.copyOf(network, result.end());
        last = result;
        summaries = null;
        rows = null;
        if (!updates.isEmpty()) {
            log.info("linking changed the template or network of {} earlier ad(s)", updates.size());
        }
    }

    private static StoredLink link(LinkResult result, int i, int[] template, int[] network) {
        return new StoredLink(Long.parseLong(result.index().adId(i)), Linker.templateId(template[i]),
                Linker.networkId(network[i]), i);
    }

    /** Networks of at least two ads, by network risk (highest first), then size, then id. */
    public List<NetworkRow> ranked() {
        lock.readLock().lock();
        try {
            synchronized (this) {
                if (rows == null) {
                    rows = last == null ? List.of() : NetworkRow.ranked(last, summaries());
                }
                return rows;
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A current network by id ("n42"); empty when no current network has that id. */
    public Optional<Described> describe(String networkId) {
        lock.readLock().lock();
        try {
            int root = root(networkId);
            if (last == null || root < 0 || root >= last.end() || last.partition().networks()[root] != root) {
                return Optional.empty();
            }
            NetworkSummary summary;
            synchronized (this) {
                summary = summaries().describe(root);
            }
            int[] template = last.partition().templates();
            List<String> memberTemplates = summary.ads().stream()
                    .map(ad -> Linker.templateId(template[last.index().indexOf(ad)])).toList();
            return Optional.of(new Described(summary, memberTemplates));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The network that absorbed {@code networkId}, if one did. */
    public Optional<String> mergedInto(String networkId) {
        return links.mergedInto(networkId);
    }

    /** The ids a network absorbed, as recorded in the database. */
    public List<String> absorbedBy(String networkId) {
        return links.absorbedBy(networkId);
    }

    private NetworkSummaries summaries() {
        if (summaries == null) {
            summaries = new NetworkSummaries(last);
        }
        return summaries;
    }

    private static int root(String networkId) {
        if (networkId == null || networkId.length() < 2 || networkId.length() > 11 || networkId.charAt(0) != 'n') {
            return -1;
        }
        for (int i = 1; i < networkId.length(); i++) {
            if (!Character.isDigit(networkId.charAt(i))) {
                return -1;
            }
        }
        long value = Long.parseLong(networkId.substring(1));
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}
