package org.palermo.app.console;

import java.util.ArrayList;
import java.util.List;
import org.palermo.app.alerts.Alert;
import org.palermo.app.alerts.SavedSearches;
import org.palermo.app.alerts.SearchCriteria;
import org.palermo.app.alerts.SearchForm;
import org.palermo.app.privacy.Masking;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.InvalidRequestException;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.palermo.app.web.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saved searches and their alerts: save a search (the search page's filters), list one's searches, read alerts
 * with links to the ads and mark them seen. Everything is the signed-in person's own.
 */
@Controller
class AlertPages {

    static final int PAGE = 25;

    private final SavedSearches searches;

    AlertPages(SavedSearches searches) {
        this.searches = searches;
    }

    /** A saved search as the page lists it, its identifier filter masked. */
    record SearchRow(long id, String name, String filters, int unseen) {}

    /** An alert as the page lists it (the ad's title comes masked). */
    record AlertRow(long id, String searchName, long adId, String title, String city, String postedAt, String band,
            String created, boolean seen) {}

    @GetMapping("/console/alerts")
    @PreAuthorize(Access.READ)
    String page(@ModelAttribute("form") SearchForm form, @RequestParam(defaultValue = "false") boolean unseen,
            @RequestParam(defaultValue = "0") int page, Model model, Authentication caller) {
        fill(model, unseen, Math.max(0, page), Actor.of(caller));
        return "console/alerts";
    }

    @PostMapping("/console/alerts/searches")
    @PreAuthorize(Access.READ)
    String save(@ModelAttribute("form") SearchForm form, Model model, Authentication caller,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        try {
            SavedSearches.View saved = searches.save(throughDay(form), Actor.of(caller), null);
            redirect.addFlashAttribute("message", "Saved \"" + saved.name() + "\": new ads that match it will "
                    + "appear here as alerts.");
            return "redirect:/console/alerts";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.violations().stream().map(AlertPages::describe).toList());
            fill(model, false, 0, Actor.of(caller));
            return "console/alerts";
        }
    }

    @PostMapping("/console/alerts/searches/{id}/delete")
    @PreAuthorize(Access.READ)
    String delete(@PathVariable long id, Authentication caller, RedirectAttributes redirect) {
        searches.delete(id, Actor.of(caller), null);
        redirect.addFlashAttribute("message", "Deleted the saved search and its alerts.");
        return "redirect:/console/alerts";
    }

    @PostMapping("/console/alerts/{id}/seen")
    @PreAuthorize(Access.READ)
    String seen(@PathVariable long id, Authentication caller) {
        searches.markSeen(id, Actor.of(caller));
        return "redirect:/console/alerts";
    }

    @PostMapping("/console/alerts/seen")
    @PreAuthorize(Access.READ)
    String allSeen(Authentication caller, RedirectAttributes redirect) {
        int marked = searches.markAllSeen(Actor.of(caller));
        redirect.addFlashAttribute("message", marked + " alert(s) marked seen.");
        return "redirect:/console/alerts";
    }

    private void fill(Model model, boolean unseen, int page, Actor actor) {
        List<SearchRow> rows = new ArrayList<>();
        for (SavedSearches.View v : searches.list(Paging.check(0, SavedSearches.MAX_PER_OWNER,
                SavedSearches.MAX_PER_OWNER), actor).items()) {
            rows.add(new SearchRow(v.id(), v.name(), filters(v.criteria()), v.unseenAlerts()));
        }
        Page<Alert> alerts = searches.alerts(unseen, null, Paging.check(page, PAGE, PAGE), actor,
                "console: alerts page");
        model.addAttribute("searches", rows);
        model.addAttribute("alerts", alerts.items().stream().map(AlertPages::row).toList());
        model.addAttribute("alertsPage", alerts);
        model.addAttribute("unseenOnly", unseen);
        model.addAttribute("unseenCount", searches.unseenAlerts(actor));
    }

    /**
     * The console's date fields are whole days and "to" includes its day (as on the search page); the saved search's
     * {@code to} is exclusive, so a date D becomes the start of D + 1.
     */
    static SearchForm throughDay(SearchForm form) {
        String to = form.to();
        if (to != null && to.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                to = java.time.LocalDate.parse(to.strip()).plusDays(1).toString();
            } catch (java.time.format.DateTimeParseException e) {
                // left as typed: SearchForm reports it
            }
        }
        return new SearchForm(form.name(), form.q(), form.city(), form.site(), form.from(), to, form.band(),
                form.identifier());
    }

    static String filters(SearchCriteria c) {
        SearchCriteria shown = new SearchCriteria(c.text(), c.city(), c.site(), c.from(), c.to(), c.band(),
                c.identifier() == null ? null : maskIdentifier(c.identifier()));
        return shown.describe();
    }

    private static String maskIdentifier(String identifier) {
        return identifier.indexOf(':') > 0 ? Masking.key(identifier)
                : identifier.contains("@") ? Masking.value("email", identifier) : Masking.value("phone", identifier);
    }

    private static AlertRow row(Alert a) {
        return new AlertRow(a.id(), a.searchName(), a.adId(), a.adTitle() == null ? "" : a.adTitle(),
                a.adCity(), a.adPostedAt() == null ? "" : NetworkViews.DAY.format(a.adPostedAt()), a.band(),
                NetworkViews.DAY.format(a.createdAt()), a.seenAt() != null);
    }

    private static String describe(Violation v) {
        String field = v.pointer().equals("/") ? "" : v.pointer().substring(1) + ": ";
        return field + v.message();
    }
}
