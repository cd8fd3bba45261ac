package org.palermo.core.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Networks computed from an index: template clusters joined by shared identifiers, minus hub identifiers.
 *
 * <p>Hub rule (docs/linking.md): an identifier whose ads span at least {@code hubMinGroups} template clusters is
 * a candidate. Groups are first formed from templates and the non-candidate identifiers. The candidate's ads
 * are then clustered by what else joins them (same group, or another contact identifier in common); it is a
 * suspect when at least {@code hubMinGroups} of these clusters carry a contact of their own: a hotel
 * switchboard or a booking line shows up beside each operator's own phone, whereas an operator's second phone,
 * email or handle travels with the first, so its ads form one cluster. An identifier in more than {@code hubMaxGroups} groups is a suspect whatever its
 * company. The other candidates then join the groups, and each suspect is judged again against these larger
 * groups; a suspect that still passes is cut, unless its ads end up in one network anyway (then it separates
 * nothing and is used as an ordinary link). Truth labels are never read.
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
        List<HubIdentifier> found = new ArrayList<>();
        boolean[] hub = findHubs(index, postings, suspect, uf, found);
        for (int id = 0; id < postings.count(); id++) {
            if (suspect[id] && !hub[id]) {
                postings.join(id, uf, edges);
            }
        }
        List<HubIdentifier> hubs = new ArrayList<>();
        int[] hubIds = new int[found.size()];
        int count = 0;
        for (int id = 0, k = 0; id < postings.count(); id++) {
            if (hub[id]) {
                HubIdentifier described = found.get(k++);
                if (postings.within(id, uf)) {
                    postings.join(id, uf, edges);
                } else {
                    hubs.add(described);
                    hubIds[count++] = id;
                }
            }
        }
        return new NetworkPartition(template, uf.roots(), List.copyOf(hubs), Arrays.copyOf(hubIds, count), edges);
    }

    /**
     * Which of the considered identifiers are hubs against the groups of {@code groups}; when {@code out} is
     * given, each hub is described there in increasing identifier order.
     *
     * <p>The ads of an identifier are clustered by what else joins them: the same group, or another contact
     * identifier in common. A hub's ads fall apart into one cluster per operator, each with that operator's own
     * contact; an operator's phone, email and handle travel together, so their ads form one cluster.
     */
    private static boolean[] findHubs(LinkIndex index, Postings postings, boolean[] consider, UnionFind groups,
            List<HubIdentifier> out) {
        boolean[] contact = contactIdentifiers(index);
        boolean[] hub = new boolean[postings.count()];
        for (int id = 0; id < postings.count(); id++) {
            if (!consider[id]) {
                continue;
            }
            int from = postings.start[id];
            int m = postings.start[id + 1] - from;
            UnionFind local = new UnionFind(m);
            local.grow(m);
            boolean[] hasContact = new boolean[m];
            LongIntMap firstByKey = new LongIntMap(2 * m);
            int touched = 0;
            for (int k = 0; k < m; k++) {
                int ad = postings.ads[from + k];
                int first = firstByKey.putIfAbsent(groups.find(ad), k);
                if (first >= 0) {
                    local.union(first, k);
                } else {
                    touched++;
                }
                for (int q = index.identStart[ad]; q < index.identStart[ad + 1]; q++) {
                    int other = index.identData[q];
                    if (other != id && contact[other]) {
                        hasContact[k] = true;
                        int seen = firstByKey.putIfAbsent((1L << 32) | other, k);
                        if (seen >= 0) {
                            local.union(seen, k);
                        }
                    }
                }
            }
            int withOwnContact = clustersWithContact(local, hasContact);
            String reason = hubReason(index.settings, touched, withOwnContact);
            if (reason != null) {
                hub[id] = true;
                if (out != null) {
                    out.add(new HubIdentifier(index.identifiers.get(id), m, touched, withOwnContact, reason));
                }
            }
        }
        return hub;
    }

    private static int clustersWithContact(UnionFind local, boolean[] hasContact) {
        boolean[] counted = new boolean[hasContact.length];
        int clusters = 0;
        for (int k = 0; k < hasContact.length; k++) {
            if (hasContact[k]) {
                int root = local.find(k);
                if (!counted[root]) {
                    counted[root] = true;
                    clusters++;
                }
            }
        }
        return clusters;
    }

    /** Identifiers that are a way to contact someone (phones, emails, handles, payment, urls), not images. */
    private static boolean[] contactIdentifiers(LinkIndex index) {
        boolean[] contact = new boolean[index.identifiers.size()];
        for (int id = 0; id < contact.length; id++) {
            contact[id] = !index.identifiers.get(id).startsWith("image:");
        }
        return contact;
    }

    static String hubReason(LinkSettings settings, int groups, int withOwnContact) {
        if (groups > settings.hubMaxGroups()) {
            return String.format(Locale.ROOT,
                    "appears in %d groups that share no template or other identifier (more than %d)",
                    groups, settings.hubMaxGroups());
        }
        if (withOwnContact >= settings.hubMinGroups()) {
            return String.format(Locale.ROOT,
                    "joins %d groups that share no template or other identifier and each have their own contact"
                            + " (phone, email, handle, payment or url) that appears in no other of them",
                    withOwnContact);
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

        /** Whether all ads of the identifier are already in one set. */
        boolean within(int id, UnionFind uf) {
            int root = uf.find(ads[start[id]]);
            for (int p = start[id] + 1; p < start[id + 1]; p++) {
                if (uf.find(ads[p]) != root) {
                    return false;
                }
            }
            return true;
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
