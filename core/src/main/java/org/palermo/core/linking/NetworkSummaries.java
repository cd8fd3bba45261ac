package org.palermo.core.linking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.palermo.core.linking.NetworkSummary.CityPeriod;
import org.palermo.core.linking.NetworkSummary.LinkEdge;
import org.palermo.core.linking.NetworkSummary.NetworkFeatures;
import org.palermo.core.linking.NetworkSummary.PhonePersons;

/**
 * Describes networks of a link result: members, identifiers, movement timeline, names and ages per phone, price
 * against the city's market (median price per city over the whole index), cadence, risk and edges. Built once
 * per result (linear in the index), then {@link #describe} is cheap per network.
 */
public final class NetworkSummaries {

    private static final double DAY = 86_400;

    private final LinkIndex index;
    private final NetworkPartition partition;
    private final int[] memberStart;
    private final int[] members;
    private final int[] edgeStart;
    private final int[] edgeOrder;
    private final float[] cityMedian;
    private final Map<Integer, List<HubIdentifier>> hubsByNetwork = new java.util.HashMap<>();

    public NetworkSummaries(LinkResult result) {
        this.index = result.index();
        this.partition = result.partition();
        int n = index.size;
        memberStart = new int[n + 1];
        members = group(partition.network, n, memberStart);
        int[] edgeRoots = new int[partition.edgeCount];
        for (int e = 0; e < partition.edgeCount; e++) {
            edgeRoots[e] = partition.network[partition.edgeA[e]];
        }
        edgeStart = new int[n + 1];
        edgeOrder = group(edgeRoots, n, edgeStart);
        cityMedian = cityMedians();
        indexHubs();
    }

    /** Indexes 0..values.length-1 grouped by value (counting sort); start gets the row offsets. */
    private static int[] group(int[] values, int keys, int[] start) {
        for (int v : values) {
            start[v + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = Arrays.copyOf(start, keys);
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[fill[values[i]]++] = i;
        }
        return out;
    }

    private float[] cityMedians() {
        int cities = index.cityNames.size();
        float[] medians = new float[cities];
        int[] counts = new int[cities + 1];
        for (int i = 0; i < index.size; i++) {
            if (index.cities[i] >= 0 && !Float.isNaN(index.prices[i])) {
                counts[index.cities[i] + 1]++;
            }
        }
        for (int c = 0; c < cities; c++) {
            counts[c + 1] += counts[c];
        }
        float[] prices = new float[counts[cities]];
        int[] fill = Arrays.copyOf(counts, cities);
        for (int i = 0; i < index.size; i++) {
            if (index.cities[i] >= 0 && !Float.isNaN(index.prices[i])) {
                prices[fill[index.cities[i]]++] = index.prices[i];
            }
        }
        for (int c = 0; c < cities; c++) {
            Arrays.sort(prices, counts[c], counts[c + 1]);
            medians[c] = counts[c + 1] == counts[c] ? Float.NaN : median(prices, counts[c], counts[c + 1]);
        }
        return medians;
    }

    private void indexHubs() {
        int[] hubNumber = new int[index.identifiers.size()];
        Arrays.fill(hubNumber, -1);
        for (int h = 0; h < partition.hubIds.length; h++) {
            hubNumber[partition.hubIds[h]] = h;
        }
        if (partition.hubIds.length == 0) {
            return;
        }
        long[] pairs = new long[16];
        int count = 0;
        for (int ad = 0; ad < index.size; ad++) {
            for (int p = index.identStart[ad]; p < index.identStart[ad + 1]; p++) {
                int h = hubNumber[index.identData[p]];
                if (h >= 0) {
                    pairs = count == pairs.length ? Arrays.copyOf(pairs, count * 2) : pairs;
                    pairs[count++] = ((long) partition.network[ad] << 32) | h;
                }
            }
        }
        Arrays.sort(pairs, 0, count);
        for (int k = 0; k < count; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                hubsByNetwork.computeIfAbsent((int) (pairs[k] >>> 32), r -> new ArrayList<>())
                        .add(partition.hubs.get((int) pairs[k]));
            }
        }
    }

    public NetworkSummary describe(int root) {
        int from = memberStart[root];
        int to = memberStart[root + 1];
        if (from == to) {
            throw new IllegalArgumentException("no network with id " + Linker.networkId(root));
        }
        List<String> ads = new ArrayList<>(to - from);
        TreeSet<String> identifiers = new TreeSet<>();
        TreeSet<Integer> templates = new TreeSet<>();
        boolean[] hub = hubMask();
        for (int m = from; m < to; m++) {
            int ad = members[m];
            ads.add(index.ids.get(ad));
            templates.add(partition.template[ad]);
            for (int p = index.identStart[ad]; p < index.identStart[ad + 1]; p++) {
                if (!hub[index.identData[p]]) {
                    identifiers.add(index.identifiers.get(index.identData[p]));
                }
            }
        }
        List<CityPeriod> cities = cities(from, to);
        List<PhonePersons> persons = persons(from, to, hub);
        NetworkFeatures features = features(from, to, cities.size(), persons);
        List<String> absorbed = new ArrayList<>();
        for (int gone : index.absorbed.getOrDefault(root, new int[0])) {
            absorbed.add(Linker.networkId(gone));
        }
        return new NetworkSummary(Linker.networkId(root), ads, List.copyOf(identifiers),
                templates.stream().map(Linker::templateId).toList(), cities, persons, features,
                NetworkRiskModel.of(features), edges(root), absorbed,
                hubsByNetwork.getOrDefault(root, List.of()));
    }

    private boolean[] hubMaskCache;

    private boolean[] hubMask() {
        if (hubMaskCache == null) {
            hubMaskCache = new boolean[index.identifiers.size()];
            for (int id : partition.hubIds) {
                hubMaskCache[id] = true;
            }
        }
        return hubMaskCache;
    }

    private List<CityPeriod> cities(int from, int to) {
        Map<Integer, long[]> spans = new LinkedHashMap<>();
        for (int m = from; m < to; m++) {
            int ad = members[m];
            if (index.cities[ad] < 0) {
                continue;
            }
            long t = index.times[ad];
            long[] span = spans.computeIfAbsent(index.cities[ad], k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0});
            if (t != Long.MIN_VALUE) {
                span[0] = Math.min(span[0], t);
                span[1] = Math.max(span[1], t);
            }
            span[2]++;
        }
        List<CityPeriod> out = new ArrayList<>();
        spans.forEach((city, span) -> out.add(new CityPeriod(index.cityNames.get(city), (int) span[2],
                span[1] == Long.MIN_VALUE ? null : Instant.ofEpochSecond(span[0]),
                span[1] == Long.MIN_VALUE ? null : Instant.ofEpochSecond(span[1]))));
        out.sort((a, b) -> a.first() == null ? 1 : b.first() == null ? -1 : a.first().compareTo(b.first()));
        return out;
    }

    private List<PhonePersons> persons(int from, int to, boolean[] hub) {
        Map<String, TreeSet<String>> names = new TreeMap<>();
        Map<String, TreeSet<Integer>> ages = new TreeMap<>();
        for (int m = from; m < to; m++) {
            int ad = members[m];
            for (int p = index.identStart[ad]; p < index.identStart[ad + 1]; p++) {
                int id = index.identData[p];
                String key = index.identifiers.get(id);
                if (hub[id] || !key.startsWith("phone:")) {
                    continue;
                }
                TreeSet<String> n = names.computeIfAbsent(key, k -> new TreeSet<>());
                TreeSet<Integer> a = ages.computeIfAbsent(key, k -> new TreeSet<>());
                if (index.names[ad] >= 0) {
                    n.add(index.personNames.get(index.names[ad]));
                }
                if (index.ages[ad] > 0) {
                    a.add((int) index.ages[ad]);
                }
            }
        }
        List<PhonePersons> out = new ArrayList<>();
        names.forEach((phone, n) -> out.add(new PhonePersons(phone.substring("phone:".length()),
                List.copyOf(n), List.copyOf(ages.get(phone)))));
        return out;
    }

    private NetworkFeatures features(int from, int to, int cities, List<PhonePersons> persons) {
        int count = to - from;
        long[] times = new long[count];
        int dated = 0;
        float[] ratios = new float[count];
        int priced = 0;
        double riskSum = 0;
        double riskMax = -1;
        int risked = 0;
        for (int m = from; m < to; m++) {
            int ad = members[m];
            if (index.times[ad] != Long.MIN_VALUE) {
                times[dated++] = index.times[ad];
            }
            int city = index.cities[ad];
            if (city >= 0 && !Float.isNaN(index.prices[ad]) && cityMedian[city] > 0) {
                ratios[priced++] = index.prices[ad] / cityMedian[city];
            }
            if (!Float.isNaN(index.risks[ad])) {
                riskSum += index.risks[ad];
                riskMax = Math.max(riskMax, index.risks[ad]);
                risked++;
            }
        }
        Arrays.sort(times, 0, dated);
        Arrays.sort(ratios, 0, priced);
        double spanDays = dated < 2 ? 1 : Math.max(1, (times[dated - 1] - times[0]) / DAY);
        Double medianGap = null;
        if (dated >= 2) {
            float[] gaps = new float[dated - 1];
            for (int i = 1; i < dated; i++) {
                gaps[i - 1] = (times[i] - times[i - 1]) / 3600f;
            }
            Arrays.sort(gaps);
            medianGap = round((double) median(gaps, 0, gaps.length));
        }
        int maxNames = persons.stream().mapToInt(p -> p.names().size()).max().orElse(0);
        int maxAges = persons.stream().mapToInt(p -> p.ages().size()).max().orElse(0);
        return new NetworkFeatures(count, cities, persons.size(), maxNames, maxAges,
                priced == 0 ? null : round((double) median(ratios, 0, priced)),
                round(dated == 0 ? 0 : dated / spanDays), medianGap,
                risked == 0 ? null : round(riskSum / risked), risked == 0 ? null : round(riskMax));
    }

    private List<LinkEdge> edges(int root) {
        List<LinkEdge> out = new ArrayList<>(edgeStart[root + 1] - edgeStart[root]);
        for (int k = edgeStart[root]; k < edgeStart[root + 1]; k++) {
            int e = edgeOrder[k];
            int a = partition.edgeA[e];
            int b = partition.edgeB[e];
            long t = Math.max(index.times[a], index.times[b]);
            Instant at = t == Long.MIN_VALUE ? null : Instant.ofEpochSecond(t);
            int why = partition.edgeReason[e];
            if (why == NetworkPartition.TEMPLATE) {
                out.add(new LinkEdge(index.ids.get(a), index.ids.get(b), "template",
                        Linker.templateId(partition.template[a]), round((double) partition.edgeSimilarity[e]), at));
            } else {
                out.add(new LinkEdge(index.ids.get(a), index.ids.get(b), "identifier", index.identifiers.get(why), null, at));
            }
        }
        return out;
    }

    private static float median(float[] sorted, int from, int to) {
        int n = to - from;
        return n % 2 == 1 ? sorted[from + n / 2] : (sorted[from + n / 2 - 1] + sorted[from + n / 2]) / 2;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
