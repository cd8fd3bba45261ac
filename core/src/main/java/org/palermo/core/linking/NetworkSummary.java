package org.palermo.core.linking;

import java.time.Instant;
import java.util.List;

/**
 * One network as the networks file shows it.
 *
 * @param cities    the movement timeline: each city with the first and last time an ad was posted there
 * @param persons   per phone, the distinct names and ages its ads state
 * @param edges     a spanning set of edges, each with the reason that joined its two ads
 * @param absorbed  ids of networks merged into this one over time
 * @param cutHubs   hub identifiers carried by the network's ads that were not used as links, with the reason
 */
public record NetworkSummary(
        String id,
        List<String> ads,
        List<String> identifiers,
        List<String> templates,
        List<CityPeriod> cities,
        List<PhonePersons> persons,
        NetworkFeatures features,
        NetworkRisk risk,
        List<LinkEdge> edges,
        List<String> absorbed,
        List<HubIdentifier> cutHubs) {

    public record CityPeriod(String city, int ads, Instant first, Instant last) {
    }

    public record PhonePersons(String phone, List<String> names, List<Integer> ages) {
    }

    /**
     * Why two ads are in one network.
     *
     * @param reason     "template" or "identifier"
     * @param value      the template id or the identifier key ("phone:+15551234567")
     * @param similarity Jaccard similarity of the two ads' shingles for a template edge, else null
     * @param at         when the link appeared: the later of the two ads' posting times (null if unknown)
     */
    public record LinkEdge(String from, String to, String reason, String value, Double similarity, Instant at) {
    }

    /**
     * @param priceRatio    median over the network's priced ads of price / the city's median price; null if none
     * @param adsPerDay     ads per day over the network's active span (at least one day)
     * @param medianGapHours median time between consecutive ads; null with fewer than two dated ads
     */
    public record NetworkFeatures(int ads, int cities, int phones, int maxNamesPerPhone, int maxAgesPerPhone,
            Double priceRatio, double adsPerDay, Double medianGapHours, Double meanScreeningRisk,
            Double maxScreeningRisk) {
    }

    /** A network risk: noisy-OR of weighted features, each listed with what it contributed. */
    public record NetworkRisk(double score, List<RiskFactor> factors) {
    }

    /**
     * @param value        the feature scaled to [0, 1]
     * @param weight       how much the feature can contribute at most
     * @param contribution value times weight
     */
    public record RiskFactor(String feature, double value, double weight, double contribution, String explanation) {
    }
}
