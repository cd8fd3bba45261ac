package org.palermo.app.alerts;

import static org.palermo.app.alerts.SavedSearchesJdbcRepository.instant;
import static org.palermo.app.alerts.SavedSearchesJdbcRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores alerts and reads them for their owner, with the matched ad's title, city, posting time and band. */
class AlertsJdbcRepository {

    /** A match to store: the saved search, its owner and the ad. */
    record Match(long savedSearchId, String owner, long adId) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AlertsJdbcRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(List<Match> matches, Instant at) {
        template.batchUpdate("INSERT INTO alerts (saved_search_id, owner, ad_id, created_at) VALUES (?, ?, ?, ?)",
                matches, 500, (ps, m) -> {
                    ps.setLong(1, m.savedSearchId());
                    ps.setString(2, m.owner());
                    ps.setLong(3, m.adId());
                    ps.setObject(4, utc(at), Types.TIMESTAMP_WITH_TIMEZONE);
                });
    }

    /** The owner's alerts, newest first; only unseen ones when {@code unseenOnly}, of one search when given. */
    List<Alert> of(String owner, boolean unseenOnly, Long savedSearchId, int offset, int limit) {
        return jdbc.sql("""
                SELECT al.id, al.saved_search_id, ss.name, al.ad_id, a.title, a.city, a.posted_at, s.band,
                       al.created_at, al.seen_at
                FROM alerts al
                JOIN saved_searches ss ON ss.id = al.saved_search_id
                JOIN ads a ON a.id = al.ad_id
                LEFT JOIN screening_results s ON s.ad_id = al.ad_id
                WHERE al.owner = :owner""" + (unseenOnly ? " AND al.seen_at IS NULL" : "")
                        + (savedSearchId == null ? "" : " AND al.saved_search_id = :search")
                        + " ORDER BY al.id DESC LIMIT :limit OFFSET :offset")
                .params(savedSearchId == null ? Map.of() : Map.of("search", savedSearchId))
                .param("owner", owner).param("limit", limit).param("offset", offset)
                .query((rs, n) -> row(rs)).list();
    }

    int unseen(String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM alerts WHERE owner = :owner AND seen_at IS NULL")
                .param("owner", owner).query(Integer.class).single();
    }

    /** Unseen alerts of the owner, by saved search id (searches without any are absent). */
    Map<Long, Integer> unseenBySearch(String owner) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT saved_search_id, COUNT(*) AS n FROM alerts WHERE owner = :owner AND seen_at IS NULL"
                        + " GROUP BY saved_search_id")
                .param("owner", owner)
                .query(rs -> {
                    counts.put(rs.getLong("saved_search_id"), rs.getInt("n"));
                });
        return counts;
    }

    /** Marks the owner's alert seen; false when the owner has no such alert. Seeing it again keeps the first time. */
    boolean markSeen(String owner, long id, Instant at) {
        int exists = jdbc.sql("SELECT COUNT(*) FROM alerts WHERE id = :id AND owner = :owner")
                .param("id", id).param("owner", owner).query(Integer.class).single();
        jdbc.sql("UPDATE alerts SET seen_at = :at WHERE id = :id AND owner = :owner AND seen_at IS NULL")
                .param("at", utc(at)).param("id", id).param("owner", owner).update();
        return exists > 0;
    }

    int markAllSeen(String owner, Instant at) {
        return jdbc.sql("UPDATE alerts SET seen_at = :at WHERE owner = :owner AND seen_at IS NULL")
                .param("at", utc(at)).param("owner", owner).update();
    }

    private static Alert row(ResultSet rs) throws SQLException {
        return new Alert(rs.getLong("id"), rs.getLong("saved_search_id"), rs.getString("name"), rs.getLong("ad_id"),
                rs.getString("title"), rs.getString("city"), instant(rs, "posted_at"), rs.getString("band"),
                instant(rs, "created_at"), instant(rs, "seen_at"));
    }
}
