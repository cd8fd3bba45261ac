package org.palermo.app.console;

import java.util.List;
import org.palermo.app.alerts.SavedSearches;
import org.palermo.app.security.Actor;
import org.palermo.app.web.Paging;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboard's "New alerts" panel: how many alerts are unseen, and which saved searches have them. Counts and
 * search names only (no ad), so showing it reads no personal data.
 */
@ControllerAdvice(assignableTypes = DashboardController.class)
class DashboardAlerts {

    /** @param searches saved searches with unseen alerts, most first */
    record Summary(int unseen, List<AlertPages.SearchRow> searches) {}

    private final SavedSearches searches;

    DashboardAlerts(SavedSearches searches) {
        this.searches = searches;
    }

    @ModelAttribute("alertSummary")
    Summary alertSummary(Authentication authentication) {
        if (!Viewer.of(authentication).canRead()) {
            return new Summary(0, List.of());
        }
        Actor actor = Actor.of(authentication);
        List<AlertPages.SearchRow> withAlerts = searches.list(Paging.check(0, SavedSearches.MAX_PER_OWNER,
                        SavedSearches.MAX_PER_OWNER), actor).items().stream()
                .filter(v -> v.unseenAlerts() > 0)
                .sorted((a, b) -> Integer.compare(b.unseenAlerts(), a.unseenAlerts()))
                .limit(5)
                .map(v -> new AlertPages.SearchRow(v.id(), v.name(), AlertPages.filters(v.criteria()), v.unseenAlerts()))
                .toList();
        return new Summary(searches.unseenAlerts(actor), withAlerts);
    }
}
