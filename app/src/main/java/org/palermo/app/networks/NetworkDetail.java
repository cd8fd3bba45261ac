package org.palermo.app.networks;

import java.util.List;
import org.palermo.app.privacy.FreeTextMasking;
import org.palermo.app.privacy.Masking;
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

    /**
     * The same network with phones, emails, handles and names masked (privacy by default, {@link Masking}): in the
     * identifiers, the edges' values, the persons per phone, the cut hubs and the template texts.
     */
    public NetworkDetail masked() {
        Page<String> maskedIdentifiers = new Page<>(identifiers.items().stream().map(Masking::key).toList(),
                identifiers.page(), identifiers.size(), identifiers.hasMore());
        Page<NetworkSummary.LinkEdge> maskedEdges = new Page<>(edges.items().stream()
                .map(e -> new NetworkSummary.LinkEdge(e.from(), e.to(), e.reason(),
                        "identifier".equals(e.reason()) ? Masking.key(e.value()) : e.value(), e.similarity(), e.at()))
                .toList(), edges.page(), edges.size(), edges.hasMore());
        List<NetworkSummary.PhonePersons> maskedPersons = persons.stream()
                .map(p -> new NetworkSummary.PhonePersons(Masking.value("phone", p.phone()),
                        p.names().stream().map(Masking::name).toList(), p.ages()))
                .toList();
        List<HubIdentifier> maskedHubs = cutHubs.stream()
                .map(h -> new HubIdentifier(Masking.key(h.key()), h.ads(), h.groups(), h.groupsWithOwnContact(),
                        h.reason()))
                .toList();
        return new NetworkDetail(id, size, templates, members, maskedIdentifiers, maskedEdges, timeline,
                maskedPersons, features, risk, absorbed, maskedHubs, labels, templateTexts.stream()
                .map(t -> new TemplateView(t.template(), t.ads(), FreeTextMasking.mask(t.text()))).toList());
    }

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
