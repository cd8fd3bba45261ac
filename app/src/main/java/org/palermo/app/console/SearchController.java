package org.palermo.app.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.palermo.app.ads.AdFilter;
import org.palermo.app.ads.AdReads;
import org.palermo.app.ads.AdSummary;
import org.palermo.app.ads.Verdict;
import org.palermo.app.security.Access;
import org.palermo.app.security.Actor;
import org.palermo.app.web.Page;
import org.palermo.app.web.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Ad search with filters (the API's search: text, city, site, posting dates, identifier, risk band), newest or
 * riskiest first, a page at a time. Titles come masked; every search is audited like the API's.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 25;

    private final AdReads ads;

    SearchController(AdReads ads) {
        this.ads = ads;
    }

    /** The search form as submitted; every field may be blank. {@code to} is inclusive (a whole day). */
    public record SearchForm(String q, String city, String site, String from, String to, String identifier, String band,
            String sort, Integer page) {

        public int pageNumber() {
            return page == null || page < 0 ? 0 : page;
        }

        public boolean byRisk() {
            return "risk".equals(sort);
        }
    }

    @GetMapping("/console/search")
    @PreAuthorize(Access.READ)
    String search(@ModelAttribute("form") SearchForm form, Model model, Authentication caller) {
        List<String> errors = new ArrayList<>();
        Instant from = day(form.from(), 0, "From", errors);
        Instant to = day(form.to(), 1, "To", errors);
        String band = blank(form.band());
        if (band != null && !Verdict.BANDS.contains(band)) {
            errors.add("Risk band must be low, medium or high.");
        }
        model.addAttribute("bands", List.of("high", "medium", "low"));
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "console/search";
        }
        AdFilter filter = new AdFilter(blank(form.city()), blank(form.site()), from, to, band,
                blank(form.identifier()), blank(form.q()), form.byRisk());
        Page<AdSummary> results = ads.search(filter, new Paging(form.pageNumber(), PAGE_SIZE), Actor.of(caller),
                null);
        model.addAttribute("results", results);
        return "console/search";
    }

    /** A date from an {@code <input type="date">}, as the start of that day (plus {@code days}) in UTC. */
    private static Instant day(String text, int days, String name, List<String> errors) {
        String value = blank(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).plusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(name + " must be a date (YYYY-MM-DD).");
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
