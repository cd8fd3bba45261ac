package org.palermo.app.alerts;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.palermo.app.audit.Reasons;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.ApiSettings;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts of the caller's saved searches: newly ingested ads that matched one. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertsController {

    private final SavedSearches searches;
    private final ApiSettings settings;

    AlertsController(SavedSearches searches, ApiSettings settings) {
        this.searches = searches;
        this.settings = settings;
    }

    @Operation(summary = "The caller's alerts, newest first; unseen=true for unseen only, savedSearch=ID for one search")
    @GetMapping
    @PreAuthorize(Access.READ)
    Page<Alert> list(@RequestParam(defaultValue = "false") boolean unseen,
            @RequestParam(required = false) Long savedSearch,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        return searches.alerts(unseen, savedSearch, Paging.check(page, size, settings.maxPageSize()),
                Actor.of(caller), reason);
    }

    @Operation(summary = "How many of the caller's alerts are unseen")
    @GetMapping("/unseen-count")
    @PreAuthorize(Access.READ)
    Map<String, Integer> unseenCount(Authentication caller) {
        return Map.of("unseen", searches.unseenAlerts(Actor.of(caller)));
    }

    @Operation(summary = "Mark one of the caller's alerts seen")
    @PostMapping("/{id}/seen")
    @PreAuthorize(Access.READ)
    ResponseEntity<Void> markSeen(@PathVariable long id, Authentication caller) {
        searches.markSeen(id, Actor.of(caller));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Mark all of the caller's alerts seen")
    @PostMapping("/seen")
    @PreAuthorize(Access.READ)
    Map<String, Integer> markAllSeen(Authentication caller) {
        return Map.of("marked", searches.markAllSeen(Actor.of(caller)));
    }
}
