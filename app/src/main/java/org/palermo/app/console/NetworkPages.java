package org.palermo.app.console;

import org.palermo.app.networks.NetworkDetail;
import org.palermo.app.networks.NetworkGraph;
import org.palermo.app.networks.NetworkReads;
import org.palermo.app.networks.NetworkRow;
import org.palermo.app.privacy.Masking;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.NotFoundException;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The network pages: the ranked list, and one network with its graph (explored node by node through
 * {@code /console/networks/{id}/neighbours}), the same edges as a table, the movement timeline, the templates
 * with their slots, features and the risk explanation. Identifiers and names are masked.
 */
@Controller
class NetworkPages {

    static final int PAGE = 25;
    static final int NEIGHBOURS = 20;
    static final String REASON = "console: network page";

    private final NetworkReads reads;
    private final NetworkGraph graph;

    NetworkPages(NetworkReads reads, NetworkGraph graph) {
        this.reads = reads;
        this.graph = graph;
    }

    @GetMapping("/console/networks")
    @PreAuthorize(Access.READ)
    String list(@RequestParam(required = false) String city, @RequestParam(defaultValue = "0") int page,
            Model model, Authentication caller) {
        String wanted = city == null || city.isBlank() ? null : city.trim();
        Page<NetworkRow> rows = reads.search(2, wanted, Paging.check(Math.max(0, page), PAGE, PAGE),
                Actor.of(caller), "console: network list");
        model.addAttribute("rows", rows);
        model.addAttribute("city", wanted == null ? "" : wanted);
        return "console/networks";
    }

    @GetMapping("/console/networks/{id}")
    @PreAuthorize(Access.READ)
    String detail(@PathVariable String id, @RequestParam(defaultValue = "0") int edgesPage,
            @RequestParam(defaultValue = "0") int membersPage, Model model, Authentication caller) {
        NetworkReads.Parts parts = new NetworkReads.Parts(Paging.check(Math.max(0, membersPage), 50, 50),
                Paging.check(0, 50, 50), Paging.check(Math.max(0, edgesPage), PAGE, PAGE));
        NetworkDetail n = reads.detail(id, parts, Actor.of(caller), REASON);
        NetworkGraph.Node start = graph.start(n.id()).orElseThrow(() -> new NotFoundException("network " + id));
        model.addAttribute("n", n);
        model.addAttribute("start", NetworkViews.node(start));
        model.addAttribute("timeline", NetworkViews.timeline(n.timeline()));
        model.addAttribute("templates", NetworkViews.templates(n.templateTexts()));
        model.addAttribute("edges", NetworkViews.edges(n.edges().items()));
        model.addAttribute("persons", NetworkViews.persons(n.persons()));
        model.addAttribute("identifiers", n.identifiers().items().stream().map(Masking::key).toList());
        model.addAttribute("cutHubs", n.cutHubs().stream().map(h -> Masking.key(h.key()) + " (" + h.ads()
                + " ads): " + h.reason()).toList());
        return "console/network";
    }

    @GetMapping(path = "/console/networks/{id}/neighbours", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @PreAuthorize(Access.READ)
    NetworkViews.Neighbours neighbours(@PathVariable String id, @RequestParam String node, Authentication caller) {
        return NetworkViews.neighbours(graph.neighbours(id, node, NEIGHBOURS, Actor.of(caller), REASON));
    }
}
