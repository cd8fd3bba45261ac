package org.palermo.app.console;

import org.palermo.app.ads.AdDetail;
import org.palermo.app.ads.AdReads;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One ad: its text with the indicator spans highlighted, the explanation, identifiers (masked, with "was
 * obfuscated"), its network and labels. The reveal form shows the personal data in clear for this one answer,
 * after the reader states why; {@link AdReads#reveal} audits it.
 */
@Controller
class AdPageController {

    private final AdReads ads;

    AdPageController(AdReads ads) {
        this.ads = ads;
    }

    @GetMapping("/console/ads/{id}")
    @PreAuthorize(Access.READ)
    String ad(@PathVariable long id, Model model, Authentication caller) {
        return page(ads.detail(id, Actor.of(caller), null), model);
    }

    @PostMapping("/console/ads/{id}/reveal")
    @PreAuthorize(Access.REVEAL)
    String reveal(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            Authentication caller) {
        Actor actor = Actor.of(caller);
        try {
            return page(ads.reveal(id, actor, reason), model);
        } catch (InvalidRequestException e) {
            model.addAttribute("revealError", "Say why you need to see this ad's personal data (at least "
                    + AdReads.MIN_REVEAL_REASON + " characters).");
            model.addAttribute("reason", reason);
            return page(ads.detail(id, actor, null), model);
        }
    }

    private static String page(AdDetail detail, Model model) {
        model.addAttribute("d", detail);
        model.addAttribute("highlighter", new Highlighter());
        model.addAttribute("choices", LabelChoices.ALL);
        model.addAttribute("minReason", AdReads.MIN_REVEAL_REASON);
        return "console/ad";
    }
}
