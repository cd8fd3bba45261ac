package org.palermo.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Labels feed the evaluation: the latest label of each ad is read against its stored band and risk, and the
 * decisively labelled ads can be exported (with a reason, audited) for {@code palermo calibrate --labels}. Scores
 * themselves never change.
 */
class LabelsAsGroundTruthIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper mapper;
    @Autowired JdbcClient jdbc;
    @Autowired LabelEvaluation evaluation;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private List<Long> ingest(String... bodies) throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < bodies.length; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"id\": \"").append(run).append('-').append(i)
                    .append("\", \"title\": \"Ad\", \"body\": \"").append(bodies[i]).append("\"}");
        }
        String body = mvc.perform(post("/api/v1/ads/batch").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(batch.append(']').toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        mapper.readTree(body).get("ads").forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    private void label(long ad, String label) throws Exception {
        mvc.perform(post("/api/v1/ads/" + ad + "/labels").with(as(Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"" + label + "\", \"reason\": \"reviewed\"}"))
                .andExpect(status().isCreated());
    }

    private double storedRisk(long ad) {
        return jdbc.sql("SELECT risk FROM screening_results WHERE ad_id = :id").param("id", ad)
                .query(Double.class).single();
    }

    @Test
    void theLatestLabelOfEachAdCountsAgainstItsBandAndRisk() {
        List<LabelEvaluation.LabelledAd> ads = List.of(
                new LabelEvaluation.LabelledAd(1, Label.CONFIRMED, "high", 0.9),
                new LabelEvaluation.LabelledAd(2, Label.NOT_TRAFFICKING, "high", 0.8),
                new LabelEvaluation.LabelledAd(3, Label.LIKELY_TRAFFICKING, "medium", 0.5),
                new LabelEvaluation.LabelledAd(4, Label.NOT_TRAFFICKING, "low", 0.1),
                new LabelEvaluation.LabelledAd(5, Label.NEEDS_REVIEW, "low", 0.2));

        LabelEvaluation.Report report = LabelEvaluation.report(ads);

        assertThat(report.labelledAds()).isEqualTo(5);
        assertThat(report.positives()).isEqualTo(2);
        assertThat(report.negatives()).isEqualTo(2);
        assertThat(report.needsReview()).isEqualTo(1);
        assertThat(report.precisionHigh()).isEqualTo(0.5);
        assertThat(report.recallHigh()).isEqualTo(0.5);
        // positives 0.9, 0.5 against negatives 0.8, 0.1: 3 of 4 pairs ordered right
        assertThat(report.rocAuc()).isEqualTo(0.75);
        assertThat(report.byBand().get("high")).containsEntry(Label.CONFIRMED, 1).containsEntry(Label.NOT_TRAFFICKING, 1);
    }

    @Test
    void labelsFeedTheEvaluationAndTheExportButNeverChangeAScore() throws Exception {
        List<Long> ids = ingest("urgent booking " + run, "calm booking " + run, "urgent again " + run);
        double before = storedRisk(ids.get(0));
        label(ids.get(0), "NOT_TRAFFICKING");
        label(ids.get(0), "CONFIRMED"); // the later label supersedes
        label(ids.get(1), "NOT_TRAFFICKING");
        label(ids.get(2), "NEEDS_REVIEW");

        JsonNode report = mapper.readTree(mvc.perform(get("/api/v1/labels/evaluation").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("positives").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("negatives").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("rocAuc").isNumber()).isTrue();
        assertThat(storedRisk(ids.get(0))).isEqualTo(before);

        String export = mvc.perform(get("/api/v1/labels/export").with(as(Role.ANALYST))
                        .header("X-Palermo-Reason", "refit the calibration on our market"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.split("\n")) {
            JsonNode ad = mapper.readTree(line);
            if (ad.get("id").asText().startsWith(run)) {
                lines.add(ad);
            }
        }
        assertThat(lines).extracting(ad -> ad.get("id").asText() + "=" + ad.get("label").asInt())
                .containsExactlyInAnyOrder(run + "-0=1", run + "-1=0");
        assertThat(jdbc.sql("SELECT reason FROM audit_log WHERE action = 'labels.export' ORDER BY seq DESC")
                .query(String.class).list()).first().isEqualTo("refit the calibration on our market");
    }

    @Test
    void anExportWithoutAReasonIsRefused() throws Exception {
        mvc.perform(get("/api/v1/labels/export").with(as(Role.ANALYST))).andExpect(status().isBadRequest());
    }
}
