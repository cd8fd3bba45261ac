package org.palermo.app.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Saved searches grouped by the city they ask for, so that a new ad is only tested against the searches of its
 * city and those without a city: with many saved searches, most are about one city each.
 */
final class SavedSearchIndex {

    /** A saved search with its criteria prepared for matching. */
    private record Entry(SavedSearch search, PreparedCriteria criteria) {}

    private final Map<String, List<Entry>> byCity = new HashMap<>();
    private final List<Entry> anyCity = new ArrayList<>();

    SavedSearchIndex(List<SavedSearch> searches) {
        for (SavedSearch search : searches) {
            String city = search.criteria().city();
            Entry entry = new Entry(search, new PreparedCriteria(search.criteria()));
            if (city == null) {
                anyCity.add(entry);
            } else {
                byCity.computeIfAbsent(city.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    boolean isEmpty() {
        return byCity.isEmpty() && anyCity.isEmpty();
    }

    /** The saved searches that the ad matches. */
    List<SavedSearch> matching(NewAd ad) {
        List<SavedSearch> out = new ArrayList<>();
        if (ad.city() != null) {
            collect(byCity.getOrDefault(ad.city(), List.of()), ad, out);
        }
        collect(anyCity, ad, out);
        return out;
    }

    private static void collect(List<Entry> candidates, NewAd ad, List<SavedSearch> out) {
        for (Entry entry : candidates) {
            if (entry.criteria().matches(ad)) {
                out.add(entry.search());
            }
        }
    }
}
