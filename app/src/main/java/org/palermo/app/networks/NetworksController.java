package org.palermo.app.networks;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.palermo.app.audit.Reasons;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.ApiSettings;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.palermo.app.web.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Networks of linked ads: ranked by network risk, and one network with its members, edges and timeline. */
@RestController
@RequestMapping("/api/v1/networks")
class NetworksController {

    private final NetworkReads reads;
    private final ApiSettings settings;

    NetworksController(NetworkReads reads, ApiSettings settings) {
        this.reads = reads;
        this.settings = settings;
    }

    @Operation(summary = "Networks of at least minSize ads (default 2), highest network risk first, optionally in a city")
    @GetMapping
    @PreAuthorize(Access.READ)
    Page<NetworkRow> search(
            @RequestParam(defaultValue = "2") int minSize,
            @RequestParam(required = false) String city,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        List<Violation> violations = new ArrayList<>();
        if (minSize < 2) {
            violations.add(new Violation("minSize", "must be at least 2 (a single ad is shown by /api/v1/ads/{id})"));
        }
        Paging paging = paging("page", page, size, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return reads.search(minSize, city == null || city.isBlank() ? null : city.trim(), paging, Actor.of(caller),
                reason);
    }

    @Operation(summary = "One network: members, identifiers and edges with reasons (a page each), movement timeline, "
            + "features, risk with explanation, absorbed ids and cut hub identifiers")
    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    NetworkDetail detail(@PathVariable String id,
            @RequestParam(defaultValue = "0") int membersPage,
            @RequestParam(defaultValue = "0") int identifiersPage,
            @RequestParam(defaultValue = "0") int edgesPage,
            @RequestParam(defaultValue = "50") int size,
            Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        List<Violation> violations = new ArrayList<>();
        NetworkReads.Parts parts = new NetworkReads.Parts(paging("membersPage", membersPage, size, violations),
                paging("identifiersPage", identifiersPage, size, violations),
                paging("edgesPage", edgesPage, size, violations));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.stream().distinct().toList());
        }
        return reads.detail(id, parts, Actor.of(caller), reason).masked();
    }

    private Paging paging(String pageName, int page, int size, List<Violation> violations) {
        try {
            return Paging.check(page, size, settings.maxPageSize());
        } catch (InvalidRequestException e) {
            e.violations().forEach(v -> violations.add(v.pointer().equals("page") ? new Violation(pageName, v.message()) : v));
            return null;
        }
    }
}
