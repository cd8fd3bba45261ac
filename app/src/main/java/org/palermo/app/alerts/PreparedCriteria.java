package org.palermo.app.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A saved search's criteria made ready for matching many ads: text filters lower-cased and the identifier split
 * into kind and value once, not per ad. Ads come lower-cased too ({@link NewAd}).
 */
final class PreparedCriteria {

    private static final List<String> KINDS = List.of("phone", "email", "url", "handle", "payment");

    private final String text;
    private final String city;
    private final String site;
    private final Instant from;
    private final Instant to;
    private final String band;
    private final NewAd.Carried identifier;
    private final String identifierValue;

    PreparedCriteria(SearchCriteria c) {
        text = lower(c.text());
        city = lower(c.city());
        site = lower(c.site());
        from = c.from();
        to = c.to();
        band = c.band();
        String id = c.identifier();
        int colon = id == null ? -1 : id.indexOf(':');
        String kind = colon > 0 ? id.substring(0, colon).toLowerCase(Locale.ROOT) : null;
        if (kind != null && KINDS.contains(kind)) {
            identifier = new NewAd.Carried(kind.toUpperCase(Locale.ROOT), id.substring(colon + 1));
            identifierValue = null;
        } else {
            identifier = null;
            identifierValue = id;
        }
    }

    boolean matches(NewAd ad) {
        return (city == null || city.equals(ad.city()))
                && (site == null || site.equals(ad.site()))
                && (from == null || ad.postedAt() != null && !ad.postedAt().isBefore(from))
                && (to == null || ad.postedAt() != null && ad.postedAt().isBefore(to))
                && (band == null || band.equals(ad.band()))
                && carriesIdentifier(ad)
                && (text == null || ad.title() != null && ad.title().contains(text)
                        || ad.body() != null && ad.body().contains(text));
    }

    private boolean carriesIdentifier(NewAd ad) {
        if (identifier != null) {
            return ad.identifiers().contains(identifier);
        }
        return identifierValue == null || ad.identifiers().stream().anyMatch(i -> i.normalised().equals(identifierValue));
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
