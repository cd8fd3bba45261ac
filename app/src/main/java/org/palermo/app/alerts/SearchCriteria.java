package org.palermo.app.alerts;

import java.time.Instant;
import java.util.Set;
import org.palermo.app.ads.AdFilter;

/**
 * The filters of a saved search, those of {@code GET /api/v1/ads}; every field may be null (no condition), but not
 * all of them (a search for everything would alert on every ad).
 *
 * <p>{@link #matches} is the in-memory twin of {@code ads.AdSearchQuery}'s SQL, so that newly ingested ads can be
 * checked against many saved searches without one query per search. {@code SavedSearchAlertsIT} checks that both
 * agree.
 *
 * @param text       words to find in title or body (case-insensitive substring)
 * @param identifier a normalised identifier value ({@code +447700900123}), or {@code kind:value}
 */
public record SearchCriteria(String text, String city, String site, Instant from, Instant to, String band,
        String identifier) {

    static final Set<String> BANDS = Set.of("low", "medium", "high");

    public SearchCriteria {
        text = blankToNull(text);
        city = blankToNull(city);
        site = blankToNull(site);
        band = blankToNull(band);
        identifier = blankToNull(identifier);
        if (band != null && !BANDS.contains(band)) {
            throw new IllegalArgumentException("band must be low, medium or high, was " + band);
        }
    }

    public boolean isEmpty() {
        return text == null && city == null && site == null && from == null && to == null && band == null
                && identifier == null;
    }

    /** Whether a new ad is one that the same search through the API would find. */
    boolean matches(NewAd ad) {
        return new PreparedCriteria(this).matches(ad);
    }

    /** A short description, as the audit log and the console show it: that of the same search through the API. */
    public String describe() {
        return asFilter().describe();
    }

    /** The same search as {@code GET /api/v1/ads} takes it, newest first. */
    public AdFilter asFilter() {
        return new AdFilter(city, site, from, to, band, identifier, text, false);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
