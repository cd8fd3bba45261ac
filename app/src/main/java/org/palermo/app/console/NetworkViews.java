package org.palermo.app.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.palermo.app.networks.NetworkDetail;
import org.palermo.app.networks.NetworkGraph;
import org.palermo.app.privacy.FreeTextMasking;
import org.palermo.app.privacy.Masking;
import org.palermo.core.linking.NetworkSummary;

/** What the network pages show, with every phone, email, handle and name masked ({@link Masking}). */
final class NetworkViews {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private NetworkViews() {}

    /** A node of the graph as the page's script draws it; {@code place} is an ad's city and day. */
    record GraphNode(String id, String kind, String label, String place, String href) {}

    /** An edge of the graph with its reason in words. */
    record GraphEdge(String from, String to, String reason, String text) {}

    record Neighbours(GraphNode node, List<GraphNode> neighbours, List<GraphEdge> edges, int total) {}

    /** One city of the movement timeline, placed on the network's time span (percentages of its width). */
    record TimelineRow(String city, int ads, String first, String last, double left, double width) {}

    /** One piece of a template text: shared words, or a slot where the members differ. */
    record TemplatePart(String text, boolean slot) {}

    record TemplateView(String template, int ads, List<TemplatePart> parts) {}

    record EdgeRow(long from, long to, String reason, String value, String similarity, String at) {}

    record PersonRow(String phone, String names, String ages) {}

    static GraphNode node(NetworkGraph.Node node) {
        return node.kind().equals("ad")
                ? new GraphNode(node.id(), "ad", "ad " + node.value(), node.place(), "/console/ads/" + node.value())
                : new GraphNode(node.id(), "identifier", Masking.key(node.value()), null, null);
    }

    static Neighbours neighbours(NetworkGraph.Neighbourhood n) {
        List<GraphEdge> edges = n.edges().stream().map(e -> new GraphEdge(e.from(), e.to(), e.reason(), reason(
                e.reason(), e.value(), e.similarity(), e.at()))).toList();
        return new Neighbours(node(n.node()), n.neighbours().stream().map(NetworkViews::node).toList(), edges,
                n.total());
    }

    static String reason(String reason, String value, Double similarity, Instant at) {
        String when = at == null ? "" : ", linked " + DAY.format(at);
        return reason.equals("template")
                ? "same template " + value + (similarity == null ? "" : String.format(Locale.ROOT,
                        " (similarity %.2f)", similarity)) + when
                : "both ads carry " + Masking.key(value) + when;
    }

    static List<EdgeRow> edges(List<NetworkSummary.LinkEdge> edges) {
        return edges.stream().map(e -> new EdgeRow(Long.parseLong(e.from()), Long.parseLong(e.to()), e.reason(),
                e.reason().equals("template") ? e.value() : Masking.key(e.value()),
                e.similarity() == null ? "" : String.format(Locale.ROOT, "%.2f", e.similarity()),
                e.at() == null ? "" : DAY.format(e.at()))).toList();
    }

    static List<TimelineRow> timeline(List<NetworkSummary.CityPeriod> cities) {
        List<NetworkSummary.CityPeriod> dated = cities.stream().filter(c -> c.first() != null && c.last() != null)
                .sorted((a, b) -> a.first().compareTo(b.first())).toList();
        if (dated.isEmpty()) {
            return List.of();
        }
        Instant start = dated.stream().map(NetworkSummary.CityPeriod::first).min(Instant::compareTo).orElseThrow();
        Instant end = dated.stream().map(NetworkSummary.CityPeriod::last).max(Instant::compareTo).orElseThrow();
        double span = Math.max(1, Duration.between(start, end).toMinutes());
        List<TimelineRow> rows = new ArrayList<>();
        for (NetworkSummary.CityPeriod c : dated) {
            double left = 100 * Duration.between(start, c.first()).toMinutes() / span;
            double width = Math.max(1.5, 100 * Duration.between(c.first(), c.last()).toMinutes() / span);
            rows.add(new TimelineRow(c.city(), c.ads(), DAY.format(c.first()), DAY.format(c.last()),
                    Math.min(left, 98.5), Math.min(width, 100 - Math.min(left, 98.5))));
        }
        return rows;
    }

    static List<TemplateView> templates(List<NetworkDetail.TemplateView> templates) {
        return templates.stream().map(t -> new TemplateView(t.template(), t.ads(), parts(mask(t.text())))).toList();
    }

    /** A display text with introduced names and phone-like numbers masked. */
    static String mask(String text) {
        return FreeTextMasking.mask(text);
    }

    private static List<TemplatePart> parts(String text) {
        List<TemplatePart> parts = new ArrayList<>();
        int at = 0;
        int slot;
        while ((slot = text.indexOf(org.palermo.core.linking.TemplateText.SLOT, at)) >= 0) {
            if (slot > at) {
                parts.add(new TemplatePart(text.substring(at, slot), false));
            }
            parts.add(new TemplatePart(org.palermo.core.linking.TemplateText.SLOT, true));
            at = slot + org.palermo.core.linking.TemplateText.SLOT.length();
        }
        if (at < text.length()) {
            parts.add(new TemplatePart(text.substring(at), false));
        }
        return parts;
    }

    static List<PersonRow> persons(List<NetworkSummary.PhonePersons> persons) {
        return persons.stream().map(p -> new PersonRow(
                p.phone().indexOf(':') > 0 ? Masking.key(p.phone()) : Masking.value("phone", p.phone()),
                String.join(", ", p.names().stream().map(Masking::name).toList()),
                String.join(", ", p.ages().stream().map(String::valueOf).toList()))).toList();
    }
}
