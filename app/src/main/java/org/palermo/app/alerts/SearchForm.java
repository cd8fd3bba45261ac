package org.palermo.app.alerts;

import java.time.Instant;
import java.util.List;
import org.palermo.app.io.AdJson;
import org.palermo.app.web.Violation;

/**
 * A saved search as a caller sends it (API body or console form): a name and the filters of
 * {@code GET /api/v1/ads}, as text. {@link #criteria} checks them all and reports every problem.
 */
public record SearchForm(String name, String q, String city, String site, String from, String to, String band,
        String identifier) {

    /** The criteria, or null when a filter is malformed (then {@code violations} says which). */
    SearchCriteria criteria(List<Violation> violations) {
        Instant fromInstant = instant("/from", from, violations);
        Instant toInstant = instant("/to", to, violations);
        if (band != null && !band.isBlank() && !SearchCriteria.BANDS.contains(band.trim())) {
            violations.add(new Violation("/band", "must be low, medium or high"));
        }
        if (identifier != null && identifier.length() > 500 || q != null && q.length() > 500) {
            violations.add(new Violation(q != null && q.length() > 500 ? "/q" : "/identifier",
                    "must be at most 500 characters"));
        }
        if (city != null && city.length() > 200 || site != null && site.length() > 200) {
            violations.add(new Violation(city != null && city.length() > 200 ? "/city" : "/site",
                    "must be at most 200 characters"));
        }
        if (!violations.isEmpty()) {
            return null;
        }
        return new SearchCriteria(q, city, site, fromInstant, toInstant, band, identifier);
    }

    private static Instant instant(String pointer, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant = AdJson.parseInstant(text.trim());
        if (instant == null) {
            violations.add(new Violation(pointer, "must be an ISO-8601 date or date-time"));
        }
        return instant;
    }
}
