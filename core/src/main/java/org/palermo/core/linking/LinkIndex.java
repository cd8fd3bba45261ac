package org.palermo.core.linking;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything linking remembers between batches, in primitive arrays indexed by arrival order: per ad its id,
 * time, city, price, risk, stated name and age, shingles and identifiers; the LSH postings; the template
 * union-find and the template edges that built it; the network each ad was last given.
 *
 * <p>Adding a batch links the new ads to the old ones and to each other; the candidate pairs of an ad depend only
 * on ads that arrived before it, so adding ads in batches gives the same templates as adding them all at once
 * (see {@link #add}). Networks are then recomputed from templates and identifiers by {@link NetworkPartition},
 * which is linear in the size of the index.
 */
public final class LinkIndex {

    static final int INDEX_BITS = 64 - MinHash.KEY_BITS;
    static final int MAX_ADS = 1 << INDEX_BITS;
    static final long INDEX_MASK = MAX_ADS - 1L;

    final LinkSettings settings;
    int size;
    final Dictionary ids = new Dictionary();
    long[] times = new long[1024];
    int[] cities = new int[1024];
    float[] prices = new float[1024];
    float[] risks = new float[1024];
    int[] names = new int[1024];
    byte[] ages = new byte[1024];
    int[] shingleStart = new int[1025];
    int[] shingleData = new int[1 << 14];
    int[] identStart = new int[1025];
    int[] identData = new int[1024];
    long[] postings = new long[0];
    final Dictionary cityNames = new Dictionary();
    final Dictionary personNames = new Dictionary();
    final Dictionary identifiers = new Dictionary();
    UnionFind templates = new UnionFind(1024);
    int[] edgeA = new int[256];
    int[] edgeB = new int[256];
    float[] edgeSimilarity = new float[256];
    int edgeCount;
    int[] networkOf = new int[1024];
    final Map<Integer, int[]> absorbed = new HashMap<>();
    /** What of this index is already in a state directory (null for an index never read or written). */
    LinkIndexFile.Stored stored;

    public LinkIndex(LinkSettings settings) {
        this.settings = settings;
    }

    public LinkSettings settings() {
        return settings;
    }

    public int size() {
        return size;
    }

    public boolean contains(String adId) {
        return ids.find(adId) >= 0;
    }

    public String adId(int index) {
        return ids.get(index);
    }

    /** The arrival index of an ad, or -1. */
    public int indexOf(String adId) {
        return ids.find(adId);
    }

    /**
     * Appends a batch and links it into templates. For every band an ad is compared with the first
     * {@code firstInBucket} and the {@code previousInBucket} latest earlier ads of that band's bucket, and joins
     * the template of each whose exact shingle Jaccard reaches {@code minJaccard}: a fixed set of candidate pairs
     * per arrival order, so the resulting partition does not depend on how the ads were split into batches.
     *
     * @return the arrival index of the batch's first ad
     * @throws IllegalArgumentException when an ad id is already in the index or repeated in the batch
     */
    public int add(List<PreparedAd> batch) {
        int first = size;
        append(batch);
        linkPending(first);
        return first;
    }

    /** Appends ads without linking them yet; {@link #linkPending} links everything appended since {@code first}. */
    void append(List<PreparedAd> batch) {
        if ((long) size + batch.size() > MAX_ADS) {
            throw new IllegalArgumentException("the index holds at most " + MAX_ADS + " ads");
        }
        for (PreparedAd ad : batch) {
            append(ad);
        }
    }

    void linkPending(int first) {
        templates.grow(size);
        linkTemplates(first);
    }

    private void append(PreparedAd ad) {
        if (ids.find(ad.id()) >= 0) {
            throw new IllegalArgumentException("duplicate ad id '" + ad.id() + "'");
        }
        ensureAdCapacity(size + 1);
        ids.intern(ad.id());
        times[size] = ad.epochSecond();
        cities[size] = cityNames.intern(ad.city());
        prices[size] = (float) ad.price();
        risks[size] = (float) ad.risk();
        names[size] = personNames.intern(ad.name());
        ages[size] = (byte) ad.age();
        networkOf[size] = -1;
        shingleData = ensure(shingleData, shingleStart[size] + ad.shingles().length);
        System.arraycopy(ad.shingles(), 0, shingleData, shingleStart[size], ad.shingles().length);
        shingleStart[size + 1] = shingleStart[size] + ad.shingles().length;
        identData = ensure(identData, identStart[size] + ad.identifiers().size());
        int at = identStart[size];
        for (String key : ad.identifiers()) {
            identData[at++] = identifiers.intern(key);
        }
        identStart[size + 1] = at;
        bandKeysOfPending = appendKeys(bandKeysOfPending, ad.bandKeys(), size);
        size++;
    }

    private long[] bandKeysOfPending = new long[0];
    private int pendingCount;

    private long[] appendKeys(long[] pending, long[] keys, int index) {
        long[] out = ensure(pending, pendingCount + keys.length);
        for (long key : keys) {
            out[pendingCount++] = (key << INDEX_BITS) | index;
        }
        return out;
    }

    private void linkTemplates(int firstNew) {
        long[] fresh = Arrays.copyOf(bandKeysOfPending, pendingCount);
        bandKeysOfPending = new long[0];
        pendingCount = 0;
        Arrays.parallelSort(fresh);
        postings = merge(postings, fresh);
        long[] p = postings;
        int n = p.length;
        int start = 0;
        while (start < n) {
            long key = p[start] >>> INDEX_BITS;
            int end = start + 1;
            while (end < n && (p[end] >>> INDEX_BITS) == key) {
                end++;
            }
            if ((int) (p[end - 1] & INDEX_MASK) >= firstNew && end - start > 1) {
                linkBucket(start, end, firstNew);
            }
            start = end;
        }
    }

    private void linkBucket(int start, int end, int firstNew) {
        int firstCount = settings.firstInBucket();
        int previousCount = settings.previousInBucket();
        for (int pos = start + 1; pos < end; pos++) {
            int j = (int) (postings[pos] & INDEX_MASK);
            if (j < firstNew) {
                continue;
            }
            int firstEnd = Math.min(start + firstCount, pos);
            for (int c = start; c < firstEnd; c++) {
                tryLink((int) (postings[c] & INDEX_MASK), j);
            }
            for (int c = Math.max(firstEnd, pos - previousCount); c < pos; c++) {
                tryLink((int) (postings[c] & INDEX_MASK), j);
            }
        }
    }

    private void tryLink(int i, int j) {
        if (templates.find(i) == templates.find(j)) {
            return;
        }
        double similarity = Shingles.jaccardAtLeast(shingleData, shingleStart[i], shingleStart[i + 1],
                shingleStart[j], shingleStart[j + 1], settings.minJaccard());
        if (similarity >= settings.minJaccard() && templates.union(i, j)) {
            recordEdge(i, j, (float) similarity);
        }
    }

    /** Exact Jaccard similarity of two ads' shingle sets. */
    public double similarity(int i, int j) {
        return Shingles.jaccard(shingleData, shingleStart[i], shingleStart[i + 1],
                shingleData, shingleStart[j], shingleStart[j + 1]);
    }

    private void recordEdge(int a, int b, float similarity) {
        if (edgeCount == edgeA.length) {
            edgeA = Arrays.copyOf(edgeA, edgeCount * 2);
            edgeB = Arrays.copyOf(edgeB, edgeCount * 2);
            edgeSimilarity = Arrays.copyOf(edgeSimilarity, edgeCount * 2);
        }
        edgeA[edgeCount] = a;
        edgeB[edgeCount] = b;
        edgeSimilarity[edgeCount] = similarity;
        edgeCount++;
    }

    static long[] merge(long[] old, long[] fresh) {
        if (old.length == 0) {
            return fresh;
        }
        long[] out = new long[old.length + fresh.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < old.length && j < fresh.length) {
            out[k++] = old[i] <= fresh[j] ? old[i++] : fresh[j++];
        }
        System.arraycopy(old, i, out, k, old.length - i);
        k += old.length - i;
        System.arraycopy(fresh, j, out, k, fresh.length - j);
        return out;
    }

    private void ensureAdCapacity(int needed) {
        if (needed <= times.length) {
            return;
        }
        resize(Math.max(needed, times.length + (times.length >> 1)));
    }

    void growEdges(int capacity) {
        edgeA = Arrays.copyOf(edgeA, Math.max(capacity, 16));
        edgeB = Arrays.copyOf(edgeB, Math.max(capacity, 16));
        edgeSimilarity = Arrays.copyOf(edgeSimilarity, Math.max(capacity, 16));
    }

    /** Sets the capacity of every per-ad array (used after reading a state file). */
    void resize(int capacity) {
        times = Arrays.copyOf(times, capacity);
        cities = Arrays.copyOf(cities, capacity);
        prices = Arrays.copyOf(prices, capacity);
        risks = Arrays.copyOf(risks, capacity);
        names = Arrays.copyOf(names, capacity);
        ages = Arrays.copyOf(ages, capacity);
        networkOf = Arrays.copyOf(networkOf, capacity);
        shingleStart = Arrays.copyOf(shingleStart, capacity + 1);
        identStart = Arrays.copyOf(identStart, capacity + 1);
    }

    private static int[] ensure(int[] array, int needed) {
        return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length + (array.length >> 1)));
    }

    private static long[] ensure(long[] array, int needed) {
        return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length + (array.length >> 1) + 16));
    }
}
