package org.palermo.app.networks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palermo.core.linking.TemplateText;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Display texts of a network's templates. The link index keeps no texts, so member texts are read from the
 * {@code ads} table: up to {@value #SAMPLES} members per template, aligned by core's {@link TemplateText}, which
 * puts a slot where the members differ.
 */
class MemberTexts {

    static final int SAMPLES = 6;

    private final JdbcClient jdbc;

    MemberTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each template of {@code shown} that two or more network members share: its text with slots. */
    List<NetworkDetail.TemplateView> of(List<NetworkDetail.Member> allMembers, List<NetworkDetail.Member> shown) {
        Map<String, List<Long>> membersByTemplate = new LinkedHashMap<>();
        allMembers.forEach(m -> membersByTemplate.computeIfAbsent(m.template(), k -> new ArrayList<>()).add(m.id()));
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (NetworkDetail.Member member : shown) {
            List<Long> members = membersByTemplate.get(member.template());
            if (members.size() >= 2 && !samples.containsKey(member.template())) {
                samples.put(member.template(), members.subList(0, Math.min(SAMPLES, members.size())));
            }
        }
        Map<Long, String> texts = texts(samples.values().stream().flatMap(List::stream).toList());
        List<NetworkDetail.TemplateView> out = new ArrayList<>();
        samples.forEach((template, ids) -> out.add(new NetworkDetail.TemplateView(template,
                membersByTemplate.get(template).size(),
                TemplateText.of(ids.stream().map(texts::get).filter(t -> t != null).toList()))));
        return out;
    }

    private Map<Long, String> texts(List<Long> ids) {
        Map<Long, String> texts = new HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        jdbc.sql("SELECT id, title, body FROM ads WHERE id IN (:ids)").param("ids", ids).query(rs -> {
            texts.put(rs.getLong("id"), text(rs.getString("title"), rs.getString("body")));
        });
        return texts;
    }

    /** The text linking saw: title and body on two lines, as core's {@code Ad.text()}. */
    private static String text(String title, String body) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        return t.isEmpty() ? b : b.isEmpty() ? t : t + "\n" + b;
    }
}
