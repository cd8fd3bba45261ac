package org.palermo.app.networks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.palermo.core.linking.LinkResult;
import org.palermo.core.linking.NetworkSummaries;
import org.palermo.core.linking.NetworkSummary;

/** A network in the ranked list: size, network risk, cities and when its ads were first and last posted. */
public record NetworkRow(String id, int size, double risk, List<String> cities, Instant firstSeen, Instant lastSeen) {

    /** Networks of at least two ads, by network risk (highest first), then size (largest first), then id. */
    static List<NetworkRow> ranked(LinkResult result, NetworkSummaries summaries) {
        int[] network = result.partition().networks();
        int[] sizes = new int[result.end()];
        for (int i = 0; i < result.end(); i++) {
            sizes[network[i]]++;
        }
        List<NetworkRow> out = new ArrayList<>();
        for (int root = 0; root < sizes.length; root++) {
            if (sizes[root] >= 2) {
                out.add(of(summaries.describe(root)));
            }
        }
        out.sort(Comparator.comparingDouble(NetworkRow::risk).reversed()
                .thenComparing(Comparator.comparingInt(NetworkRow::size).reversed())
                .thenComparingInt(r -> Integer.parseInt(r.id().substring(1))));
        return List.copyOf(out);
    }

    private static NetworkRow of(NetworkSummary s) {
        List<NetworkSummary.CityPeriod> timeline = s.cities();
        return new NetworkRow(s.id(), s.ads().size(), s.risk().score(),
                timeline.stream().map(NetworkSummary.CityPeriod::city).toList(),
                timeline.stream().map(NetworkSummary.CityPeriod::first).filter(Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null),
                timeline.stream().map(NetworkSummary.CityPeriod::last).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null));
    }
}
