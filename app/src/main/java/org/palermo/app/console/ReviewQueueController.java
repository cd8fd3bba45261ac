package org.palermo.app.console;

import java.util.List;
import org.palermo.app.ads.AdDetail;
import org.palermo.app.ads.AdReads;
import org.palermo.app.networks.NetworkReads;
import org.palermo.app.networks.NetworkRow;
import org.palermo.app.review.Label;
import org.palermo.app.review.Labelling;
import org.palermo.app.review.Labels;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review queue: unlabelled ads by risk with their explanation inline, and the riskiest networks. Reviewers
 * label with the keyboard (keys 1-4 pick the label, Enter stores it with the first preset reason; j/k move);
 * labels go through {@link Labelling}, stored and audited exactly as through the API.
 */
@Controller
class ReviewQueueController {

    static final int PAGE_SIZE = 10;
    static final int NETWORKS = 8;

    private final AdReads ads;
    private final NetworkReads networks;
    private final Labelling labelling;

    ReviewQueueController(AdReads ads, NetworkReads networks, Labelling labelling) {
        this.ads = ads;
        this.networks = networks;
        this.labelling = labelling;
    }

    @GetMapping("/console/queue")
    @PreAuthorize(Access.READ)
    String queue(@RequestParam(defaultValue = "0") int page, Model model, Authentication caller) {
        Actor actor = Actor.of(caller);
        Page<AdDetail> items = ads.queue(new Paging(Math.max(0, page), PAGE_SIZE), actor);
        model.addAttribute("items", items);
        model.addAttribute("choices", LabelChoices.ALL);
        model.addAttribute("highlighter", new Highlighter());
        if (page == 0) {
            Page<NetworkRow> risky = networks.search(2, null, new Paging(0, NETWORKS), actor, "console review queue");
            model.addAttribute("networks", risky.items());
        } else {
            model.addAttribute("networks", List.of());
        }
        return "console/queue";
    }

    @PostMapping("/console/queue/ads/{id}/label")
    @PreAuthorize(Access.LABEL)
    String labelAd(@PathVariable long id, @RequestParam(required = false) String label,
            @RequestParam(required = false) String preset, @RequestParam(required = false) String text,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            Authentication caller) {
        return label(Labels.Subject.AD, Long.toString(id), label, preset, text, htmx != null, model, caller);
    }

    @PostMapping("/console/queue/networks/{id}/label")
    @PreAuthorize(Access.LABEL)
    String labelNetwork(@PathVariable String id, @RequestParam(required = false) String label,
            @RequestParam(required = false) String preset, @RequestParam(required = false) String text,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            Authentication caller) {
        return label(Labels.Subject.NETWORK, id, label, preset, text, htmx != null, model, caller);
    }

    private String label(Labels.Subject subject, String id, String code, String preset, String text,
            boolean fragment, Model model, Authentication caller) {
        Label label = LabelChoices.label(code);
        String reason = LabelChoices.reason(preset, text);
        model.addAttribute("subject", subject.name().toLowerCase());
        model.addAttribute("subjectId", id);
        if (label == null || reason == null || reason.length() > 2000) {
            model.addAttribute("error", label == null ? "Choose a label (keys 1-4)."
                    : reason == null ? "Give a reason: pick one or write one." : "The reason is too long.");
        } else {
            Labels.Labelled labelled = subject == Labels.Subject.AD
                    ? labelling.labelAd(Long.parseLong(id), label, reason, Actor.of(caller))
                    : labelling.label(subject, id, label, reason, Actor.of(caller));
            model.addAttribute("labelled", labelled);
        }
        if (!fragment) {
            return model.containsAttribute("error") ? "console/labelled" : "redirect:/console/queue";
        }
        return "console/labelled :: result";
    }
}
