package org.palermo.app.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Stores saved searches. Every query but {@link #all} is scoped to one owner. */
class SavedSearchesJdbcRepository {

    private static final String COLUMNS =
            "id, owner, name, text_query, city, site, posted_from, posted_to, band, identifier, created_at";

    private final JdbcClient jdbc;

    SavedSearchesJdbcRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String owner, String name, SearchCriteria c, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO saved_searches (owner, name, text_query, city, site, posted_from, posted_to, band,
                                            identifier, created_at)
                VALUES (:owner, :name, :text, :city, :site, :from, :to, :band, :identifier, :at)""")
                .param("owner", owner)
                .param("name", name)
                .param("text", c.text())
                .param("city", c.city())
                .param("site", c.site())
                .param("from", utc(c.from()))
                .param("to", utc(c.to()))
                .param("band", c.band())
                .param("identifier", c.identifier())
                .param("at", utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<SavedSearch> find(String owner, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM saved_searches WHERE id = :id AND owner = :owner")
                .param("id", id).param("owner", owner).query((rs, n) -> row(rs)).optional();
    }

    List<SavedSearch> of(String owner, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM saved_searches WHERE owner = :owner ORDER BY id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .param("owner", owner).param("limit", limit).param("offset", offset)
                .query((rs, n) -> row(rs)).list();
    }

    int count(String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM saved_searches WHERE owner = :owner").param("owner", owner)
                .query(Integer.class).single();
    }

    boolean delete(String owner, long id) {
        return jdbc.sql("DELETE FROM saved_searches WHERE id = :id AND owner = :owner")
                .param("id", id).param("owner", owner).update() > 0;
    }

    /** Every saved search of every owner: what new ads are matched against. */
    List<SavedSearch> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM saved_searches ORDER BY id").query((rs, n) -> row(rs)).list();
    }

    private static SavedSearch row(ResultSet rs) throws SQLException {
        SearchCriteria criteria = new SearchCriteria(rs.getString("text_query"), rs.getString("city"),
                rs.getString("site"), instant(rs, "posted_from"), instant(rs, "posted_to"), rs.getString("band"),
                rs.getString("identifier"));
        return new SavedSearch(rs.getLong("id"), rs.getString("owner"), rs.getString("name"), criteria,
                instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
