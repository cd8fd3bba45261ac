package org.palermo.app.networks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads stored ads for linking and stores what linking said: ad_links and network_merges. */
class LinksJdbcRepository {

    /** An ad's stored link: template, network and its place in the link order. */
    record StoredLink(long adId, String templateId, String networkId, long linkSeq) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper mapper;

    LinksJdbcRepository(JdbcClient jdbc, JdbcTemplate template, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.template = template;
        this.mapper = mapper;
    }

    /**
     * The stored ads from link order {@code fromSeq} on (0: every ad), in link order: first the linked ones by
     * {@code link_seq}, then the ones never linked (a crash between the ingest commit and linking) by database id,
     * which is ingest order. The second part is only looked for when fewer ads are linked than stored.
     */
    List<LinkedAd> adsInLinkOrder(long fromSeq) {
        List<LinkedAd> out = new ArrayList<>(ads("""
                FROM ad_links l JOIN ads a ON a.id = l.ad_id
                LEFT JOIN screening_results s ON s.ad_id = a.id
                WHERE l.link_seq >= :from ORDER BY l.link_seq""", """
                FROM identifiers i JOIN ad_links l ON l.ad_id = i.ad_id
                WHERE l.link_seq >= :from ORDER BY i.ad_id, i.id""", fromSeq));
        long stored = jdbc.sql("SELECT COUNT(*) FROM ads").query(Long.class).single();
        long linked = jdbc.sql("SELECT COUNT(*) FROM ad_links WHERE link_seq IS NOT NULL").query(Long.class).single();
        if (stored != linked) {
            out.addAll(ads("""
                    FROM ads a LEFT JOIN screening_results s ON s.ad_id = a.id
                    WHERE NOT EXISTS (SELECT 1 FROM ad_links l WHERE l.ad_id = a.id AND l.link_seq IS NOT NULL)
                    ORDER BY a.id""", """
                    FROM identifiers i
                    WHERE NOT EXISTS (SELECT 1 FROM ad_links l WHERE l.ad_id = i.ad_id AND l.link_seq IS NOT NULL)
                    ORDER BY i.ad_id, i.id""", fromSeq));
        }
        return out;
    }

    private List<LinkedAd> ads(String adsFrom, String identifiersFrom, long fromSeq) {
        Map<Long, List<Identifier>> identifiers = new HashMap<>();
        withFrom(jdbc.sql("SELECT i.ad_id, i.kind, i.normalised, i.obfuscated, i.matched_text, i.span_start, "
                        + "i.span_end " + identifiersFrom), identifiersFrom, fromSeq)
                .query(rs -> {
                    identifiers.computeIfAbsent(rs.getLong("ad_id"), k -> new ArrayList<>()).add(new Identifier(
                            IdentifierType.valueOf(rs.getString("kind")), rs.getString("normalised"),
                            rs.getBoolean("obfuscated"), rs.getString("matched_text"), rs.getInt("span_start"),
                            rs.getInt("span_end")));
                });
        return withFrom(jdbc.sql("""
                SELECT a.id, a.title, a.body, a.posted_at, a.city, a.region, a.country, a.site, a.url, a.price,
                       a.images, s.risk
                """ + adsFrom), adsFrom, fromSeq)
                .query((rs, n) -> new LinkedAd(rs.getLong("id"), ad(rs),
                        identifiers.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getObject("risk") == null ? null : rs.getDouble("risk")))
                .list();
    }

    private static JdbcClient.StatementSpec withFrom(JdbcClient.StatementSpec statement, String sql, long fromSeq) {
        return sql.contains(":from") ? statement.param("from", fromSeq) : statement;
    }

    /** The highest {@code link_seq} stored, -1 when none (one look-up in the unique index). */
    long highestLinkSeq() {
        Long highest = jdbc.sql("SELECT MAX(link_seq) FROM ad_links").query(Long.class).optional().orElse(null);
        return highest == null ? -1 : highest;
    }

    /** How many ads are stored with a {@code link_seq} below {@code seq}. */
    long linkedBelow(long seq) {
        // all rows (a plain COUNT(*) that databases answer without a scan) less the few at or above seq or without
        long all = jdbc.sql("SELECT COUNT(*) FROM ad_links").query(Long.class).single();
        long other = jdbc.sql("SELECT COUNT(*) FROM ad_links WHERE link_seq >= :seq").param("seq", seq)
                .query(Long.class).single();
        long none = jdbc.sql("SELECT COUNT(*) FROM ad_links WHERE link_seq IS NULL").query(Long.class).single();
        return all - other - none;
    }

    /** The ad stored at each of these places of the link order, by place. */
    Map<Long, Long> adsAt(List<Long> places) {
        Map<Long, Long> out = new HashMap<>();
        if (places.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT link_seq, ad_id FROM ad_links WHERE link_seq IN (:places)").param("places", places)
                .query(rs -> {
                    out.put(rs.getLong("link_seq"), rs.getLong("ad_id"));
                });
        return out;
    }

    /** The stored links of the ads from link order {@code fromSeq} on and of ads without a place, by ad id. */
    Map<Long, StoredLink> linksFrom(long fromSeq) {
        Map<Long, StoredLink> links = new HashMap<>();
        String columns = "SELECT ad_id, template_id, network_id, link_seq FROM ad_links ";
        jdbc.sql(columns + "WHERE link_seq >= :from").param("from", fromSeq).query(rs -> {
            links.put(rs.getLong("ad_id"), storedLink(rs));
        });
        jdbc.sql(columns + "WHERE link_seq IS NULL").query(rs -> {
            links.put(rs.getLong("ad_id"), storedLink(rs));
        });
        return links;
    }

    private static StoredLink storedLink(ResultSet rs) throws SQLException {
        long seq = rs.getLong("link_seq");
        if (rs.wasNull()) {
            seq = -1;
        }
        return new StoredLink(rs.getLong("ad_id"), rs.getString("template_id"), rs.getString("network_id"), seq);
    }

    private Ad ad(ResultSet rs) throws SQLException {
        OffsetDateTime posted = rs.getObject("posted_at", OffsetDateTime.class);
        return new Ad(Long.toString(rs.getLong("id")), rs.getString("title"), rs.getString("body"),
                posted == null ? null : posted.toInstant(), rs.getString("city"), rs.getString("region"),
                rs.getString("country"), rs.getString("site"), rs.getString("url"),
                rs.getObject("price") == null ? null : rs.getDouble("price"), images(rs.getString("images")));
    }

    /** The stored links, by ad id. */
    Map<Long, StoredLink> links() {
        Map<Long, StoredLink> links = new HashMap<>();
        jdbc.sql("SELECT ad_id, template_id, network_id, link_seq FROM ad_links").query(rs -> {
            links.put(rs.getLong("ad_id"), storedLink(rs));
        });
        return links;
    }

    void insert(List<StoredLink> links, Instant at) {
        template.batchUpdate("""
                INSERT INTO ad_links (ad_id, template_id, network_id, linked_at, link_seq) VALUES (?, ?, ?, ?, ?)""",
                links, 500, (ps, l) -> {
                    ps.setLong(1, l.adId());
                    ps.setString(2, l.templateId());
                    ps.setString(3, l.networkId());
                    ps.setObject(4, utc(at), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setLong(5, l.linkSeq());
                });
    }

    void update(List<StoredLink> links, Instant at) {
        template.batchUpdate("""
                UPDATE ad_links SET template_id = ?, network_id = ?, linked_at = ?, link_seq = ? WHERE ad_id = ?""",
                links, 500, (ps, l) -> {
                    ps.setString(1, l.templateId());
                    ps.setString(2, l.networkId());
                    ps.setObject(3, utc(at), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setLong(4, l.linkSeq());
                    ps.setLong(5, l.adId());
                });
    }

    /** Records that {@code keeper} absorbed {@code gone}, and moves what {@code gone} had absorbed to the keeper. */
    void merged(String gone, String keeper, Instant at) {
        jdbc.sql("UPDATE network_merges SET network_id = :keeper WHERE network_id = :gone")
                .param("keeper", keeper).param("gone", gone).update();
        jdbc.sql("INSERT INTO network_merges (absorbed_id, network_id, merged_at) VALUES (:gone, :keeper, :at)")
                .param("gone", gone).param("keeper", keeper).param("at", utc(at), Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    /** The network that absorbed {@code id}, if one did. */
    Optional<String> mergedInto(String id) {
        return jdbc.sql("SELECT network_id FROM network_merges WHERE absorbed_id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** The ids a network absorbed, oldest first. */
    List<String> absorbedBy(String id) {
        return jdbc.sql("SELECT absorbed_id FROM network_merges WHERE network_id = :id ORDER BY merged_at, absorbed_id")
                .param("id", id).query(String.class).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private List<String> images(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored images are not a JSON list", e);
        }
    }
}
