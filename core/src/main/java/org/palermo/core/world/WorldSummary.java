package org.palermo.core.world;

import java.util.Map;

/**
 * What a generated world contains, for the one-screen summary.
 *
 * @param adsByKind       ads per actor kind
 * @param networksByKind  networks (actors with at least one ad) per kind
 * @param minors          distinct minors advertised
 * @param obfuscatedAds   ads with at least one disguised phone number
 * @param adsByCountry    ads per country
 * @param cities          distinct cities with ads
 */
public record WorldSummary(long ads, Map<ActorKind, Long> adsByKind, Map<ActorKind, Long> networksByKind,
                           long minors, long obfuscatedAds, Map<String, Long> adsByCountry, int cities, long tips,
                           long people) {

    public WorldSummary {
        adsByKind = Map.copyOf(adsByKind);
        networksByKind = Map.copyOf(networksByKind);
        adsByCountry = Map.copyOf(adsByCountry);
    }

    public long networks() {
        return networksByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
