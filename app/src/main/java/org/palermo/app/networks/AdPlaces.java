package org.palermo.app.networks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where and when ads were posted, as a short text for graph nodes ("York · 2026-03-01"); no personal data. */
class AdPlaces {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;

    AdPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, String> of(List<Long> ids) {
        Map<Long, String> places = new HashMap<>();
        if (ids.isEmpty()) {
            return places;
        }
        jdbc.sql("SELECT id, city, posted_at FROM ads WHERE id IN (:ids)").param("ids", ids).query(rs -> {
            OffsetDateTime posted = rs.getObject("posted_at", OffsetDateTime.class);
            String city = rs.getString("city");
            String day = posted == null ? null : DAY.format(posted);
            places.put(rs.getLong("id"), city == null ? (day == null ? "" : day)
                    : day == null ? city : city + " · " + day);
        });
        return places;
    }
}
