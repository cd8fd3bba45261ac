package org.palermo.app.alerts;

import static org.palermo.app.alerts.SavedSearchesJdbcRepository.instant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads newly ingested ads, with their band and identifiers, in two queries per chunk of ids. */
class NewAdsJdbcRepository {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    NewAdsJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NewAd> find(List<Long> ids) {
        List<NewAd> out = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            out.addAll(chunk(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        return out;
    }

    /** Up to {@code limit} ads whose alerts were never evaluated (ingested just before a crash), oldest first. */
    List<Long> pending(int limit) {
        return jdbc.sql("SELECT id FROM ads WHERE alerts_pending = TRUE ORDER BY id LIMIT :limit")
                .param("limit", limit).query(Long.class).list();
    }

    /** Records that these ads' alerts are stored (call in the transaction that stores them). */
    void markEvaluated(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("UPDATE ads SET alerts_pending = FALSE WHERE id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).update();
        }
    }

    private List<NewAd> chunk(List<Long> ids) {
        Map<Long, Set<NewAd.Carried>> carried = new HashMap<>();
        jdbc.sql("SELECT ad_id, kind, normalised FROM identifiers WHERE ad_id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    carried.computeIfAbsent(rs.getLong("ad_id"), k -> new HashSet<>())
                            .add(new NewAd.Carried(rs.getString("kind"), rs.getString("normalised")));
                });
        return jdbc.sql("""
                SELECT a.id, a.title, a.body, a.city, a.site, a.posted_at, s.band
                FROM ads a LEFT JOIN screening_results s ON s.ad_id = a.id WHERE a.id IN (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new NewAd(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                        rs.getString("city"), rs.getString("site"), instant(rs, "posted_at"), rs.getString("band"),
                        carried.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }
}
