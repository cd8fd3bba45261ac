package org.palermo.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.palermo.app.ads.AdDetail;

/**
 * Cuts an ad's text into plain and highlighted segments by the indicator spans of its screening explanation. A
 * highlighted segment's tooltip names every indicator covering it: code, category, weight, evidence grade and
 * source (the rulebook version). Overlapping spans split into segments, so nothing is nested or lost.
 */
public class Highlighter {

    /** One stretch of text; {@code tooltip} is null for plain text. */
    public record Segment(String text, String tooltip, boolean strong) {
        public boolean marked() {
            return tooltip != null;
        }
    }

    /** One line of the explanation as the page lists it. */
    public record Indicator(String code, String category, double weight, String grade, String text, int start,
            int end) {}

    /** The ad's text (title, line break, body, as the spans index it). */
    public String text(AdDetail detail) {
        String title = detail.ad().title() == null ? "" : detail.ad().title();
        String body = detail.ad().body() == null ? "" : detail.ad().body();
        return title.isEmpty() ? body : body.isEmpty() ? title : title + "\n" + body;
    }

    public List<Indicator> indicators(AdDetail detail) {
        List<Indicator> out = new ArrayList<>();
        if (detail.screening() == null || !(detail.screening().indicators() instanceof JsonNode array)) {
            return out;
        }
        for (JsonNode node : array) {
            out.add(new Indicator(node.path("code").asText(""), node.path("category").asText(""),
                    node.path("weight").asDouble(0), node.path("grade").asText(""), node.path("text").asText(""),
                    node.path("start").asInt(0), node.path("end").asInt(0)));
        }
        return out;
    }

    public List<Segment> segments(AdDetail detail) {
        String source = detail.screening() == null ? "" : "rulebook " + detail.screening().rulebookVersion();
        return segments(text(detail), indicators(detail), source);
    }

    static List<Segment> segments(String text, List<Indicator> indicators, String source) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<Indicator> spans = indicators.stream()
                .filter(i -> i.start() < i.end() && i.end() <= text.length()).toList();
        for (Indicator i : spans) {
            cuts.add(i.start());
            cuts.add(i.end());
        }
        List<Segment> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from;
            int b = to;
            List<Indicator> covering = spans.stream().filter(i -> i.start() <= a && i.end() >= b).toList();
            String piece = text.substring(a, b);
            if (covering.isEmpty()) {
                out.add(new Segment(piece, null, false));
            } else {
                out.add(new Segment(piece, tooltip(covering, source),
                        covering.stream().anyMatch(i -> i.weight() >= 1.0)));
            }
            from = to;
        }
        return out;
    }

    private static String tooltip(List<Indicator> covering, String source) {
        List<String> lines = new ArrayList<>();
        for (Indicator i : covering) {
            lines.add(i.code() + " (" + i.category().toLowerCase(Locale.ROOT) + "): weight "
                    + String.format(Locale.ROOT, "%.2f", i.weight())
                    + (i.grade().isEmpty() ? "" : ", evidence " + i.grade().toLowerCase(Locale.ROOT))
                    + (source.isEmpty() ? "" : ", source " + source));
        }
        return String.join("\n", lines);
    }
}
