package org.palermo.app.ads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palermo.core.ads.Ad;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores and finds ads. Writes run in the caller's transaction. */
class AdsJdbcRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper mapper;

    AdsJdbcRepository(JdbcClient jdbc, JdbcTemplate template, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.template = template;
        this.mapper = mapper;
    }

    /**
     * Database ids of the ads of one source that are stored already, by external id. Asks in chunks of
     * {@value #IN_CHUNK}: H2 checks each row it finds against the whole {@code IN} list of parameters, so one
     * query for a batch of 1,000 stored ads made a million comparisons (a tenth of the ingest profile).
     */
    Map<String, Long> existing(String source, List<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < externalIds.size(); from += IN_CHUNK) {
            jdbc.sql("SELECT id, external_id FROM ads WHERE source = :source AND external_id IN (:ids)")
                    .param("source", source)
                    .param("ids", externalIds.subList(from, Math.min(externalIds.size(), from + IN_CHUNK)))
                    .query(rs -> {
                        ids.put(rs.getString("external_id"), rs.getLong("id"));
                    });
        }
        return ids;
    }

    static final int IN_CHUNK = 64;

    void insert(List<IncomingAd> ads, Instant ingestedAt) {
        OffsetDateTime at = utc(ingestedAt);
        template.batchUpdate("""
                INSERT INTO ads (source, external_id, title, body, posted_at, city, region, country, site, url,
                                 price, images, raw, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ads, 500, (ps, incoming) -> {
                    Ad ad = incoming.ad();
                    ps.setString(1, incoming.source());
                    ps.setString(2, ad.id());
                    ps.setString(3, ad.title());
                    ps.setString(4, ad.body());
                    ps.setObject(5, ad.postedAt() == null ? null : utc(ad.postedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(6, ad.city());
                    ps.setString(7, ad.region());
                    ps.setString(8, ad.country());
                    ps.setString(9, ad.site());
                    ps.setString(10, ad.url());
                    ps.setObject(11, ad.price(), Types.DOUBLE);
                    ps.setString(12, json(ad.images()));
                    ps.setString(13, incoming.raw().toString());
                    ps.setObject(14, at, Types.TIMESTAMP_WITH_TIMEZONE);
                });
    }

    Optional<StoredAd> find(long id) {
        return jdbc.sql("SELECT * FROM ads WHERE id = :id").param("id", id).query((rs, n) -> storedAd(rs)).optional();
    }

    List<AdSummary> search(AdFilter filter, int offset, int limit) {
        AdSearchQuery query = new AdSearchQuery(filter);
        JdbcClient.StatementSpec statement = jdbc.sql(query.sql() + " LIMIT :limit OFFSET :offset");
        query.parameters().forEach(statement::param);
        return statement.param("limit", limit).param("offset", offset).query((rs, n) -> summary(rs)).list();
    }

    /** The review queue: ads no one has labelled yet, highest risk first (unscreened last), newest first on ties. */
    List<AdSummary> unlabelledByRisk(int offset, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.source, a.external_id, a.title, a.city, a.site, a.posted_at, s.risk, s.band
                FROM ads a LEFT JOIN screening_results s ON s.ad_id = a.id
                WHERE NOT EXISTS (SELECT 1 FROM labels l WHERE l.subject_type = 'AD'
                                  AND l.subject_id = CAST(a.id AS VARCHAR(200)))
                ORDER BY s.risk DESC NULLS LAST, a.id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> summary(rs)).list();
    }

    private StoredAd storedAd(ResultSet rs) throws SQLException {
        return new StoredAd(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                rs.getString("title"), rs.getString("body"), instant(rs, "posted_at"), rs.getString("city"),
                rs.getString("region"), rs.getString("country"), rs.getString("site"), rs.getString("url"),
                rs.getObject("price") == null ? null : rs.getDouble("price"), images(rs.getString("images")),
                instant(rs, "ingested_at"));
    }

    private static AdSummary summary(ResultSet rs) throws SQLException {
        return new AdSummary(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                rs.getString("title"), rs.getString("city"), rs.getString("site"), instant(rs, "posted_at"),
                rs.getObject("risk") == null ? null : rs.getDouble("risk"), rs.getString("band"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private List<String> images(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored images are not a JSON list", e);
        }
    }

}
