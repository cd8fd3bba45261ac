package org.palermo.app.networks;

import java.util.List;
import org.palermo.app.web.Page;
import org.palermo.core.linking.HubIdentifier;
import org.palermo.core.linking.NetworkSummary;

/**
 * One network for the API. Members, identifiers and edges come a page at a time (a network can hold thousands of
 * ads); the rest is small and complete.
 *
 * @param timeline  the movement timeline: each city with its number of ads and first and last posting time
 * @param persons   per phone, the distinct names and ages its ads state
 * @param risk      the network risk with each factor's value, weight, contribution and explanation
 * @param absorbed  ids of networks merged into this one since ads were first linked
 * @param cutHubs   identifiers that the network's ads carry but that linking refused to link through, and why
 * @param templateTexts the templates of the members shown that two or more members share, as text with slots
 */
public record NetworkDetail(
        String id,
        int size,
        int templates,
        Page<Member> members,
        Page<String> identifiers,
        Page<NetworkSummary.LinkEdge> edges,
        List<NetworkSummary.CityPeriod> timeline,
        List<NetworkSummary.PhonePersons> persons,
        NetworkSummary.NetworkFeatures features,
        NetworkSummary.NetworkRisk risk,
        List<String> absorbed,
        List<HubIdentifier> cutHubs,
        List<LabelView> labels,
        List<TemplateView> templateTexts) {

    /** A member ad (its id in {@code /api/v1/ads/{id}}) and its template. */
    public record Member(long id, String template) {}

    /**
     * A template's display text: the shared words of its members with {@code […]} where they differ.
     *
     * @param ads how many of the network's ads have this template
     */
    public record TemplateView(String template, int ads, String text) {}

    public record LabelView(long id, String label, String reason, String username, java.time.Instant labelledAt) {}
}
