package org.palermo.app.alerts;

import java.time.Instant;
import java.util.Set;

/**
 * A newly ingested ad as saved searches see it: the fields their filters test, with title, body, city and site
 * lower-cased once here (filters compare case-insensitively, as the search API's SQL does).
 */
record NewAd(long id, String title, String body, String city, String site, Instant postedAt, String band,
        Set<Carried> identifiers) {

    /** An identifier the ad carries: its kind as stored ({@code PHONE}) and normalised value. */
    record Carried(String kind, String normalised) {}

    NewAd {
        title = PreparedCriteria.lower(title);
        body = PreparedCriteria.lower(body);
        city = PreparedCriteria.lower(city);
        site = PreparedCriteria.lower(site);
        identifiers = Set.copyOf(identifiers);
    }
}
