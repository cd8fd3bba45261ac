package org.palermo.app.alerts;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import org.palermo.app.audit.Reasons;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.ApiSettings;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's saved searches: new ads that match one become alerts for the caller. */
@RestController
@RequestMapping("/api/v1/saved-searches")
class SavedSearchesController {

    private final SavedSearches searches;
    private final ApiSettings settings;

    SavedSearchesController(SavedSearches searches, ApiSettings settings) {
        this.searches = searches;
        this.settings = settings;
    }

    @Operation(summary = "Save a search (name and the filters of GET /api/v1/ads); new matching ads become alerts")
    @PostMapping
    @PreAuthorize(Access.READ)
    ResponseEntity<SavedSearches.View> save(@RequestBody SearchForm form, Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        SavedSearches.View saved = searches.save(form, Actor.of(caller), reason);
        return ResponseEntity.created(URI.create("/api/v1/saved-searches/" + saved.id())).body(saved);
    }

    @Operation(summary = "The caller's saved searches, newest first, with their unseen alert counts")
    @GetMapping
    @PreAuthorize(Access.READ)
    Page<SavedSearches.View> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Authentication caller) {
        return searches.list(Paging.check(page, size, settings.maxPageSize()), Actor.of(caller));
    }

    @Operation(summary = "One of the caller's saved searches")
    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    SavedSearches.View find(@PathVariable long id, Authentication caller) {
        return searches.find(id, Actor.of(caller));
    }

    @Operation(summary = "Delete one of the caller's saved searches and its alerts")
    @DeleteMapping("/{id}")
    @PreAuthorize(Access.READ)
    ResponseEntity<Void> delete(@PathVariable long id, Authentication caller,
            @RequestHeader(name = Reasons.HEADER, required = false) String reason) {
        searches.delete(id, Actor.of(caller), reason);
        return ResponseEntity.noContent().build();
    }
}
