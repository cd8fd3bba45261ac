package org.palermo.app.ads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores and reads what the pipeline found (screening results, identifiers) and reads links. */
class AnalysesJdbcRepository {

    /** An ad's database id with what the pipeline said about it. */
    record Analysed(long adId, AdAnalysis analysis) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper mapper;

    AnalysesJdbcRepository(JdbcClient jdbc, JdbcTemplate template, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.template = template;
        this.mapper = mapper;
    }

    void insert(List<Analysed> analysed, Instant at) {
        OffsetDateTime when = AdsJdbcRepository.utc(at);
        List<Analysed> screened = analysed.stream().filter(a -> a.analysis().screened()).toList();
        template.batchUpdate("""
                INSERT INTO screening_results (ad_id, risk, band, explanation, rulebook_version, calibration_version,
                                               screened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", screened, 500, (ps, a) -> {
                    Verdict verdict = a.analysis().verdict();
                    ps.setLong(1, a.adId());
                    ps.setDouble(2, verdict.risk());
                    ps.setString(3, verdict.band());
                    ps.setString(4, explanation(verdict));
                    ps.setString(5, verdict.rulebookVersion());
                    ps.setString(6, verdict.calibrationVersion());
                    ps.setObject(7, when, Types.TIMESTAMP_WITH_TIMEZONE);
                });
        List<Object[]> identifiers = new ArrayList<>();
        for (Analysed a : analysed) {
            for (Identifier id : a.analysis().identifiers()) {
                identifiers.add(new Object[] {a.adId(), id.type().name(), id.value(), id.obfuscated(), id.text(),
                    id.start(), id.end()});
            }
        }
        template.batchUpdate("""
                INSERT INTO identifiers (ad_id, kind, normalised, obfuscated, matched_text, span_start, span_end)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", identifiers);
    }

    Optional<StoredVerdict> verdict(long adId) {
        return jdbc.sql("""
                SELECT risk, band, explanation, rulebook_version, calibration_version, screened_at
                FROM screening_results WHERE ad_id = :id""")
                .param("id", adId)
                .query((rs, n) -> {
                    JsonNode explanation = read(rs.getString("explanation"));
                    List<String> categories = new ArrayList<>();
                    explanation.path("categories").forEach(c -> categories.add(c.asText()));
                    Verdict verdict = new Verdict(rs.getDouble("risk"), rs.getString("band"), categories,
                            explanation.path("indicators"), rs.getString("rulebook_version"),
                            rs.getString("calibration_version"));
                    return new StoredVerdict(verdict, AdsJdbcRepository.instant(rs, "screened_at"));
                })
                .optional();
    }

    List<Identifier> identifiers(long adId) {
        return jdbc.sql("""
                SELECT kind, normalised, obfuscated, matched_text, span_start, span_end FROM identifiers
                WHERE ad_id = :id ORDER BY span_start, id""")
                .param("id", adId)
                .query((rs, n) -> new Identifier(IdentifierType.valueOf(rs.getString("kind")),
                        rs.getString("normalised"), rs.getBoolean("obfuscated"), rs.getString("matched_text"),
                        rs.getInt("span_start"), rs.getInt("span_end")))
                .list();
    }

    /** The identifiers of several ads, by ad id (ads without any are missing from the map). */
    Map<Long, List<Identifier>> identifiers(List<Long> adIds) {
        Map<Long, List<Identifier>> byAd = new HashMap<>();
        if (adIds.isEmpty()) {
            return byAd;
        }
        jdbc.sql("""
                SELECT ad_id, kind, normalised, obfuscated, matched_text, span_start, span_end FROM identifiers
                WHERE ad_id IN (:ids) ORDER BY ad_id, span_start, id""")
                .param("ids", adIds)
                .query(rs -> {
                    byAd.computeIfAbsent(rs.getLong("ad_id"), id -> new ArrayList<>()).add(new Identifier(
                            IdentifierType.valueOf(rs.getString("kind")), rs.getString("normalised"),
                            rs.getBoolean("obfuscated"), rs.getString("matched_text"), rs.getInt("span_start"),
                            rs.getInt("span_end")));
                });
        return byAd;
    }

    Optional<AdLink> link(long adId) {
        return jdbc.sql("SELECT template_id, network_id FROM ad_links WHERE ad_id = :id")
                .param("id", adId)
                .query((rs, n) -> new AdLink(rs.getString("template_id"), rs.getString("network_id")))
                .optional();
    }

    /** A stored verdict and when it was made. */
    record StoredVerdict(Verdict verdict, Instant screenedAt) {}

    private String explanation(Verdict verdict) {
        ObjectNode node = mapper.createObjectNode();
        verdict.categories().forEach(node.putArray("categories")::add);
        node.set("indicators", verdict.indicators());
        return node.toString();
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored explanation is not JSON", e);
        }
    }
}
