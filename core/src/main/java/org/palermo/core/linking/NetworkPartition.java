package org.palermo.core.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Networks computed from an index: template clusters joined by shared identifiers, minus hub identifiers.
 *
 * <p>Hub rule (docs/linking.md): an identifier whose ads span at least {@code hubMinGroups} template clusters is
 * a candidate. Groups are first formed from templates and the non-candidate identifiers. A candidate whose ads
 * fall in at least {@code hubMinGroups} of those groups is a suspect when its ads are less than
 * {@code hubMaxCoverage} of the groups' ads, or when it spans more than {@code hubMaxGroups} groups. The other
 * candidates then join the groups, and each suspect is judged again by the same rule against these larger
 * groups: only a suspect that still joins groups nothing else joins is cut. Truth labels are never read.
 *
 * <p>Every join is kept as an edge with its reason: a template edge (with its Jaccard similarity) or an
 * identifier edge. The edges form a spanning forest, so a network of n ads has n - 1 edges.
 */
public final class NetworkPartition {

    /** Reason code of a template edge; identifier edges carry the identifier's number (>= 0). */
    public static final int TEMPLATE = -1;

    final int[] template;
    final int[] network;
    final List<HubIdentifier> hubs;
    final int[] hubIds;
    final int[] edgeA;
    final int[] edgeB;
    final int[] edgeReason;
    final float[] edgeSimilarity;
    final int edgeCount;

    private NetworkPartition(int[] template, int[] network, List<HubIdentifier> hubs, int[] hubIds, Edges edges) {
        this.template = template;
        this.network = network;
        this.hubs = hubs;
        this.hubIds = hubIds;
        this.edgeA = edges.a;
        this.edgeB = edges.b;
        this.edgeReason = edges.reason;
        this.edgeSimilarity = edges.similarity;
        this.edgeCount = edges.count;
    }

    /** Template id (earliest ad's arrival index) of every ad. */
    public int[] templates() {
        return template.clone();
    }

    /** Network id (earliest ad's arrival index) of every ad. */
    public int[] networks() {
        return network.clone();
    }

    public List<HubIdentifier> hubs() {
        return hubs;
    }

    public int edgeCount() {
        return edgeCount;
    }

    public static NetworkPartition of(LinkIndex index) {
        int n = index.size;
        int[] template = index.templates.roots();
        Postings postings = Postings.of(index);
        UnionFind uf = UnionFind.of(template, n);
        Edges edges = new Edges(Math.max(16, n / 2));
        for (int e = 0; e < index.edgeCount; e++) {
            edges.add(index.edgeA[e], index.edgeB[e], TEMPLATE, index.edgeSimilarity[e]);
        }
        LinkSettings settings = index.settings;
        boolean[] candidate = postings.spanning(template, settings.hubMinGroups());
        for (int id = 0; id < postings.count(); id++) {
            if (!candidate[id]) {
                postings.join(id, uf, edges);
            }
        }
        boolean[] suspect = findHubs(index, postings, candidate, uf, null);
        for (int id = 0; id < postings.count(); id++) {
            if (candidate[id] && !suspect[id]) {
                postings.join(id, uf, edges);
            }
        }
        List<HubIdentifier> hubs = new ArrayList<>();
        boolean[] hub = findHubs(index, postings, suspect, uf, hubs);
        for (int id = 0; id < postings.count(); id++) {
            if (suspect[id] && !hub[id]) {
                postings.join(id, uf, edges);
            }
        }
        int[] hubIds = new int[hubs.size()];
        for (int id = 0, k = 0; id < postings.count(); id++) {
            if (hub[id]) {
                hubIds[k++] = id;
            }
        }
        return new NetworkPartition(template, uf.roots(), List.copyOf(hubs), hubIds, edges);
    }

    /**
     * Which of the considered identifiers are hubs against the groups of {@code groups}; when {@code out} is
     * given, each hub is described there in increasing identifier order.
     */
    private static boolean[] findHubs(LinkIndex index, Postings postings, boolean[] consider, UnionFind groups,
            List<HubIdentifier> out) {
        int n = index.size;
        int[] groupSize = new int[n];
        for (int i = 0; i < n; i++) {
            groupSize[groups.find(i)]++;
        }
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        boolean[] hub = new boolean[postings.count()];
        for (int id = 0; id < postings.count(); id++) {
            if (!consider[id]) {
                continue;
            }
            int touched = 0;
            long touchedAds = 0;
            for (int p = postings.start[id]; p < postings.start[id + 1]; p++) {
                int root = groups.find(postings.ads[p]);
                if (stamp[root] != id) {
                    stamp[root] = id;
                    touched++;
                    touchedAds += groupSize[root];
                }
            }
            int ads = postings.start[id + 1] - postings.start[id];
            double coverage = (double) ads / touchedAds;
            String reason = hubReason(index.settings, touched, coverage);
            if (reason != null) {
                hub[id] = true;
                if (out != null) {
                    out.add(new HubIdentifier(index.identifiers.get(id), ads, touched, coverage, reason));
                }
            }
        }
        return hub;
    }

    static String hubReason(LinkSettings settings, int groups, double coverage) {
        if (groups < settings.hubMinGroups()) {
            return null;
        }
        if (groups > settings.hubMaxGroups()) {
            return String.format(java.util.Locale.ROOT,
                    "appears in %d groups that share no template or other identifier (more than %d)",
                    groups, settings.hubMaxGroups());
        }
        if (coverage < settings.hubMaxCoverage()) {
            return String.format(java.util.Locale.ROOT,
                    "appears in %d groups that share no template or other identifier, in only %.0f%% of their ads"
                            + " (below %.0f%%)",
                    groups, coverage * 100, settings.hubMaxCoverage() * 100);
        }
        return null;
    }

    /** Identifier number to the ads carrying it, as compressed rows. */
    static final class Postings {
        final int[] start;
        final int[] ads;

        private Postings(int[] start, int[] ads) {
            this.start = start;
            this.ads = ads;
        }

        static Postings of(LinkIndex index) {
            int identifiers = index.identifiers.size();
            int[] start = new int[identifiers + 1];
            int total = index.identStart[index.size];
            for (int p = 0; p < total; p++) {
                start[index.identData[p] + 1]++;
            }
            for (int id = 0; id < identifiers; id++) {
                start[id + 1] += start[id];
            }
            int[] fill = Arrays.copyOf(start, identifiers);
            int[] ads = new int[total];
            for (int ad = 0; ad < index.size; ad++) {
                for (int p = index.identStart[ad]; p < index.identStart[ad + 1]; p++) {
                    ads[fill[index.identData[p]]++] = ad;
                }
            }
            return new Postings(start, ads);
        }

        int count() {
            return start.length - 1;
        }

        /** Which identifiers span at least {@code minGroups} distinct template clusters. */
        boolean[] spanning(int[] template, int minGroups) {
            boolean[] result = new boolean[count()];
            int[] stamp = new int[template.length];
            Arrays.fill(stamp, -1);
            for (int id = 0; id < count(); id++) {
                if (start[id + 1] - start[id] < minGroups) {
                    continue;
                }
                int distinct = 0;
                for (int p = start[id]; p < start[id + 1] && distinct < minGroups; p++) {
                    int root = template[ads[p]];
                    if (stamp[root] != id) {
                        stamp[root] = id;
                        distinct++;
                    }
                }
                result[id] = distinct >= minGroups;
            }
            return result;
        }

        void join(int id, UnionFind uf, Edges edges) {
            int first = ads[start[id]];
            for (int p = start[id] + 1; p < start[id + 1]; p++) {
                if (uf.union(first, ads[p])) {
                    edges.add(first, ads[p], id, 0f);
                }
            }
        }
    }

    static final class Edges {
        int[] a;
        int[] b;
        int[] reason;
        float[] similarity;
        int count;

        Edges(int capacity) {
            a = new int[capacity];
            b = new int[capacity];
            reason = new int[capacity];
            similarity = new float[capacity];
        }

        void add(int from, int to, int why, float sim) {
            if (count == a.length) {
                int capacity = count * 2;
                a = Arrays.copyOf(a, capacity);
                b = Arrays.copyOf(b, capacity);
                reason = Arrays.copyOf(reason, capacity);
                similarity = Arrays.copyOf(similarity, capacity);
            }
            a[count] = from;
            b[count] = to;
            reason[count] = why;
            similarity[count] = sim;
            count++;
        }
    }
}
