package org.palermo.app.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palermo.core.evaluation.RocAuc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Analysts' labels as ground truth for the stored screening: the latest label of each labelled ad against the band
 * and risk the screening gave it. NOT_TRAFFICKING is a negative, LIKELY_TRAFFICKING and CONFIRMED are positives,
 * NEEDS_REVIEW is neither and is only counted. Labels never change a stored score; they are read here, and exported
 * for {@code palermo calibrate --labels} (the documented way to refit the calibration on a real market).
 */
public class LabelEvaluation {

    /** Latest label and stored screening of one labelled ad. */
    record LabelledAd(long adId, Label label, String band, double risk) {}

    /**
     * @param labelledAds  ads with at least one label (their latest label counts)
     * @param byBand       band -> label -> ads
     * @param precisionHigh positives among decisively labelled ads in band high, null when there are none
     * @param recallHigh    positives in band high among all positives, null when there are none
     * @param rocAuc        of the stored risk, positives vs negatives; null unless both occur
     */
    public record Report(int labelledAds, int positives, int negatives, int needsReview,
            Map<String, Map<Label, Integer>> byBand, Double precisionHigh, Double recallHigh, Double rocAuc) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    public LabelEvaluation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Report report() {
        return report(latest());
    }

    static Report report(List<LabelledAd> ads) {
        Map<String, Map<Label, Integer>> byBand = new LinkedHashMap<>();
        for (String band : List.of("high", "medium", "low")) {
            byBand.put(band, new EnumMap<>(Label.class));
        }
        int positives = 0;
        int negatives = 0;
        int needsReview = 0;
        int highDecided = 0;
        int highPositives = 0;
        List<double[]> decided = new ArrayList<>();
        for (LabelledAd ad : ads) {
            byBand.computeIfAbsent(ad.band(), b -> new EnumMap<>(Label.class)).merge(ad.label(), 1, Integer::sum);
            Boolean positive = positive(ad.label());
            if (positive == null) {
                needsReview++;
                continue;
            }
            decided.add(new double[] {ad.risk(), positive ? 1 : 0});
            if (positive) {
                positives++;
            } else {
                negatives++;
            }
            if ("high".equals(ad.band())) {
                highDecided++;
                highPositives += positive ? 1 : 0;
            }
        }
        Double auc = null;
        if (positives > 0 && negatives > 0) {
            double[] scores = new double[decided.size()];
            boolean[] isPositive = new boolean[decided.size()];
            for (int i = 0; i < decided.size(); i++) {
                scores[i] = decided.get(i)[0];
                isPositive[i] = decided.get(i)[1] == 1;
            }
            auc = RocAuc.of(scores, isPositive);
        }
        return new Report(ads.size(), positives, negatives, needsReview, byBand,
                highDecided == 0 ? null : (double) highPositives / highDecided,
                positives == 0 ? null : (double) highPositives / positives, auc);
    }

    /** true for LIKELY_TRAFFICKING and CONFIRMED, false for NOT_TRAFFICKING, null for NEEDS_REVIEW. */
    static Boolean positive(Label label) {
        return switch (label) {
            case LIKELY_TRAFFICKING, CONFIRMED -> true;
            case NOT_TRAFFICKING -> false;
            case NEEDS_REVIEW -> null;
        };
    }

    /** Each labelled ad's latest label (by time, then label id) with its stored band and risk. */
    List<LabelledAd> latest() {
        Map<Long, LabelledAd> latest = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT l.subject_id, l.label, s.band, s.risk FROM labels l
                JOIN screening_results s ON s.ad_id = CAST(l.subject_id AS BIGINT)
                WHERE l.subject_type = 'AD' ORDER BY l.labelled_at, l.id""")
                .query(rs -> {
                    long adId = Long.parseLong(rs.getString("subject_id"));
                    latest.put(adId, new LabelledAd(adId, Label.valueOf(rs.getString("label")),
                            rs.getString("band"), rs.getDouble("risk")));
                });
        return List.copyOf(latest.values());
    }

    /**
     * The decisively labelled ads as stored (the input contract, as ingested) with a {@code label} field, 1 or 0,
     * one JSON object per element, for {@code palermo calibrate --labels}.
     */
    List<String> exportLines(int limit) {
        Map<Long, Integer> labels = new LinkedHashMap<>();
        for (LabelledAd ad : latest()) {
            Boolean positive = positive(ad.label());
            if (positive != null) {
                labels.put(ad.adId(), positive ? 1 : 0);
            }
        }
        List<Long> ids = new ArrayList<>(labels.keySet()).subList(0, Math.min(limit, labels.size()));
        List<String> lines = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("SELECT id, raw FROM ads WHERE id IN (:ids) ORDER BY id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query(rs -> {
                        lines.add(withLabel(rs.getString("raw"), labels.get(rs.getLong("id"))));
                    });
        }
        return lines;
    }

    private static String withLabel(String raw, int label) {
        try {
            ObjectNode ad = (ObjectNode) JSON.readTree(raw);
            ad.put("label", label);
            return JSON.writeValueAsString(ad);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored ad's raw JSON does not parse", e);
        }
    }
}
