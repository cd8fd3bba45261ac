package org.palermo.app.networks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.security.Actor;
import org.palermo.app.web.NotFoundException;
import org.palermo.core.linking.NetworkSummary;

/**
 * A network as a graph of ads and identifiers, explored one node at a time. Its edges are the network's link
 * edges: two ads of one template are joined directly ({@code template}, with the similarity), and two ads linked
 * through an identifier are each joined to that identifier's node ({@code identifier}). Node ids are opaque
 * ({@code a123} for ad 123, {@code i4} for the network's fifth identifier), so that a page can ask for a node's
 * neighbours without the identifier's value in its address. Each expansion is a read of personal data and is
 * audited.
 */
public class NetworkGraph {

    /**
     * A node: {@code kind} is {@code ad} (then {@code value} is the ad id and {@code place} its city and posting
     * day) or {@code identifier} (its key; no place).
     */
    public record Node(String id, String kind, String value, String place) {

        Node withPlace(Map<Long, String> places) {
            return kind.equals("ad") ? new Node(id, kind, value, places.get(Long.parseLong(value))) : this;
        }
    }

    /** An edge between two node ids with the reason linking gave. */
    public record Edge(String from, String to, String reason, String value, Double similarity, Instant at) {}

    /** Some neighbours of a node, with the edges that join them to it. */
    public record Neighbourhood(Node node, List<Node> neighbours, List<Edge> edges, int total) {}

    private final ServerLinking linking;
    private final AuditLog audit;
    private final AdPlaces places;

    NetworkGraph(ServerLinking linking, AuditLog audit, AdPlaces places) {
        this.places = places;
        this.linking = linking;
        this.audit = audit;
    }

    /** Where to start: the identifier with the most link edges, or else the ad with the most. */
    public Optional<Node> start(String networkId) {
        return linking.describe(networkId).map(d -> start(d.summary()))
                .map(n -> n.withPlace(places.of(n.kind().equals("ad") ? List.of(Long.parseLong(n.value())) : List.of())));
    }

    /** At most {@code limit} neighbours of the node, ads before identifiers, in link order. */
    public Neighbourhood neighbours(String networkId, String nodeId, int limit, Actor actor, String reason) {
        NetworkSummary s = linking.describe(networkId).map(ServerLinking.Described::summary)
                .orElseThrow(() -> new NotFoundException("network " + networkId));
        Node node = node(s, nodeId).orElseThrow(() -> new NotFoundException("node " + nodeId + " of " + networkId));
        Map<String, String> idOfKey = identifierIds(s);
        Map<String, Edge> byNeighbour = new LinkedHashMap<>();
        for (NetworkSummary.LinkEdge e : s.edges()) {
            if (e.reason().equals("template")) {
                templateNeighbour(node, e, byNeighbour);
            } else {
                identifierNeighbours(node, e, idOfKey.computeIfAbsent(e.value(), k -> "i" + idOfKey.size()),
                        byNeighbour);
            }
        }
        Map<String, String> keyOfId = new HashMap<>();
        idOfKey.forEach((key, id) -> keyOfId.put(id, key));
        List<Node> neighbours = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        byNeighbour.entrySet().stream()
                .sorted((x, y) -> Boolean.compare(x.getKey().startsWith("i"), y.getKey().startsWith("i")))
                .limit(limit)
                .forEach(entry -> {
                    String id = entry.getKey();
                    neighbours.add(id.startsWith("a") ? new Node(id, "ad", id.substring(1), null)
                            : new Node(id, "identifier", keyOfId.get(id), null));
                    edges.add(entry.getValue());
                });
        audit.append(actor.describe(), "networks.read", "network " + s.id() + " graph node " + nodeId + " -> "
                + neighbours.size() + " of " + byNeighbour.size() + " neighbours", reason);
        List<Long> ads = new ArrayList<>();
        neighbours.stream().filter(n -> n.kind().equals("ad")).forEach(n -> ads.add(Long.parseLong(n.value())));
        if (node.kind().equals("ad")) {
            ads.add(Long.parseLong(node.value()));
        }
        Map<Long, String> placed = places.of(ads);
        return new Neighbourhood(node.withPlace(placed), neighbours.stream().map(n -> n.withPlace(placed)).toList(),
                edges, byNeighbour.size());
    }

    /** A template edge joins two ads directly. */
    private static void templateNeighbour(Node node, NetworkSummary.LinkEdge e, Map<String, Edge> out) {
        String from = "a" + e.from();
        String to = "a" + e.to();
        if (node.id().equals(from) || node.id().equals(to)) {
            String other = node.id().equals(from) ? to : from;
            out.putIfAbsent(other, new Edge(node.id(), other, e.reason(), e.value(), e.similarity(), e.at()));
        }
    }

    /** An identifier edge joins each of its two ads to the identifier's node. */
    private static void identifierNeighbours(Node node, NetworkSummary.LinkEdge e, String identifier,
            Map<String, Edge> out) {
        String from = "a" + e.from();
        String to = "a" + e.to();
        if (node.id().equals(from) || node.id().equals(to)) {
            out.putIfAbsent(identifier, new Edge(node.id(), identifier, e.reason(), e.value(), null, e.at()));
        } else if (node.id().equals(identifier)) {
            out.putIfAbsent(from, new Edge(identifier, from, e.reason(), e.value(), null, e.at()));
            out.putIfAbsent(to, new Edge(identifier, to, e.reason(), e.value(), null, e.at()));
        }
    }

    private static Optional<Node> node(NetworkSummary s, String nodeId) {
        if (nodeId == null || nodeId.length() < 2) {
            return Optional.empty();
        }
        if (nodeId.startsWith("a") && s.ads().contains(nodeId.substring(1))) {
            return Optional.of(new Node(nodeId, "ad", nodeId.substring(1), null));
        }
        Map<String, String> idOfKey = identifierIds(s);
        return idOfKey.entrySet().stream().filter(e -> e.getValue().equals(nodeId)).findFirst()
                .map(e -> new Node(nodeId, "identifier", e.getKey(), null));
    }

    /** Opaque node ids of identifiers: their place in the network's identifier list. */
    private static Map<String, String> identifierIds(NetworkSummary s) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String key : s.identifiers()) {
            ids.put(key, "i" + ids.size());
        }
        return ids;
    }

    private static Node start(NetworkSummary s) {
        Map<String, Integer> identifierEdges = new LinkedHashMap<>();
        Map<String, Integer> adEdges = new LinkedHashMap<>();
        for (NetworkSummary.LinkEdge e : s.edges()) {
            if (!e.reason().equals("template")) {
                identifierEdges.merge(e.value(), 1, Integer::sum);
            }
            adEdges.merge(e.from(), 1, Integer::sum);
            adEdges.merge(e.to(), 1, Integer::sum);
        }
        Map<String, String> idOfKey = identifierIds(s);
        Optional<Map.Entry<String, Integer>> hub = identifierEdges.entrySet().stream()
                .filter(e -> idOfKey.containsKey(e.getKey())).max(Map.Entry.comparingByValue());
        if (hub.isPresent()) {
            return new Node(idOfKey.get(hub.get().getKey()), "identifier", hub.get().getKey(), null);
        }
        String ad = adEdges.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(s.ads().get(0));
        return new Node("a" + ad, "ad", ad, null);
    }
}
