package org.palermo.app.ads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SQL of an ad search: one condition per filter given, in portable SQL with named parameters. */
final class AdSearchQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final boolean byRisk;

    AdSearchQuery(AdFilter filter) {
        byRisk = filter.byRisk();
        if (filter.city() != null) {
            add("LOWER(a.city) = :city", "city", filter.city().toLowerCase(Locale.ROOT));
        }
        if (filter.site() != null) {
            add("LOWER(a.site) = :site", "site", filter.site().toLowerCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            add("a.posted_at >= :from", "from", AdsJdbcRepository.utc(filter.from()));
        }
        if (filter.to() != null) {
            add("a.posted_at < :to", "to", AdsJdbcRepository.utc(filter.to()));
        }
        if (filter.band() != null) {
            add("s.band = :band", "band", filter.band());
        }
        if (filter.identifier() != null) {
            identifier(filter.identifier());
        }
        if (filter.text() != null) {
            add("(LOWER(a.title) LIKE :q ESCAPE '\\' OR LOWER(a.body) LIKE :q ESCAPE '\\')", "q",
                    "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private void identifier(String identifier) {
        int colon = identifier.indexOf(':');
        String kind = colon > 0 ? identifier.substring(0, colon).toLowerCase(Locale.ROOT) : null;
        if (kind != null && List.of("phone", "email", "url", "handle", "payment").contains(kind)) {
            parameters.put("kind", kind.toUpperCase(Locale.ROOT));
            add("EXISTS (SELECT 1 FROM identifiers i WHERE i.ad_id = a.id AND i.kind = :kind"
                    + " AND i.normalised = :identifier)", "identifier", identifier.substring(colon + 1));
        } else {
            add("EXISTS (SELECT 1 FROM identifiers i WHERE i.ad_id = a.id AND i.normalised = :identifier)",
                    "identifier", identifier);
        }
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    String sql() {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order = byRisk ? " ORDER BY s.risk DESC NULLS LAST, a.id DESC" : " ORDER BY a.id DESC";
        return "SELECT a.id, a.source, a.external_id, a.title, a.city, a.site, a.posted_at, s.risk, s.band"
                + " FROM ads a LEFT JOIN screening_results s ON s.ad_id = a.id" + where + order;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
