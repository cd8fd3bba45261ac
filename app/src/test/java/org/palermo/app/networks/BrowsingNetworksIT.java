package org.palermo.app.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palermo.app.privacy.Masking;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Analysts list networks by risk and open one: members, edges with reasons, movement timeline, a page at a time. */
class BrowsingNetworksIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper mapper;

    private final String source = "networks-" + UUID.randomUUID();
    private final String city = "Town-" + UUID.randomUUID().toString().substring(0, 8);

    String ad(String id, String city, String postedAt, String body) {
        return """
                {"source": "%s", "id": "%s", "title": "Ad", "body": "%s", "city": "%s", "posted_at": "%s"}"""
                .formatted(source, id, body, city, postedAt);
    }

    /** Three ads of one phone: two in a fresh city, a later one in York; urgent wording makes the network risky. */
    List<Long> ingestNetwork(String phone) throws Exception {
        String body = mvc.perform(post("/api/v1/ads/batch").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[" + String.join(",",
                                ad("x1", city, "2026-04-01T10:00:00Z", LinkingAdsOnIngestIT.text() + " urgent phone:" + phone),
                                ad("x2", city, "2026-04-03T10:00:00Z", LinkingAdsOnIngestIT.text() + " phone:" + phone),
                                ad("x3", "York", "2026-04-09T10:00:00Z", LinkingAdsOnIngestIT.text() + " phone:" + phone))
                                + "]"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        mapper.readTree(body).get("ads").forEach((JsonNode r) -> ids.add(r.get("id").asLong()));
        return ids;
    }

    String networkOf(long adId) {
        return jdbc.sql("SELECT network_id FROM ad_links WHERE ad_id = :id").param("id", adId)
                .query(String.class).single();
    }

    @Test
    void theListShowsNetworksOfACityByRiskWithTheirSize() throws Exception {
        String network = networkOf(ingestNetwork(LinkingAdsOnIngestIT.phone()).get(0));

        mvc.perform(get("/api/v1/networks").param("city", city).with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(network))
                .andExpect(jsonPath("$.items[0].size").value(3))
                .andExpect(jsonPath("$.items[0].cities").value(hasItem("York")))
                .andExpect(jsonPath("$.hasMore").value(false));
        mvc.perform(get("/api/v1/networks").param("city", city).param("minSize", "4").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items.length()").value(0));
        String all = mvc.perform(get("/api/v1/networks").param("size", "200").with(as(Role.ANALYST)))
                .andReturn().getResponse().getContentAsString();
        List<Double> risks = new ArrayList<>();
        mapper.readTree(all).get("items").forEach(n -> risks.add(n.get("risk").asDouble()));
        assertThat(risks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aNetworkShowsItsTimelineEdgesWithReasonsAndRiskExplanation() throws Exception {
        String phone = LinkingAdsOnIngestIT.phone();
        List<Long> ids = ingestNetwork(phone);
        String network = networkOf(ids.get(0));

        mvc.perform(get("/api/v1/networks/" + network).with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.members.items[0].id").value(ids.get(0)))
                .andExpect(jsonPath("$.identifiers.items").value(hasItem(Masking.key("phone:+" + phone))))
                .andExpect(jsonPath("$.edges.items.length()").value(2))
                .andExpect(jsonPath("$.edges.items[0].reason").value("identifier"))
                .andExpect(jsonPath("$.edges.items[0].value").value(Masking.key("phone:+" + phone)))
                .andExpect(jsonPath("$.timeline[0].city").value(city))
                .andExpect(jsonPath("$.timeline[0].ads").value(2))
                .andExpect(jsonPath("$.timeline[0].first").value("2026-04-01T10:00:00Z"))
                .andExpect(jsonPath("$.timeline[0].last").value("2026-04-03T10:00:00Z"))
                .andExpect(jsonPath("$.timeline[1].city").value("York"))
                .andExpect(jsonPath("$.features.cities").value(2))
                .andExpect(jsonPath("$.risk.factors[0].explanation").isString());
    }

    @Test
    void aNetworkShowsItsSharedTemplateAsTextWithSlotsWhereMembersDiffer() throws Exception {
        String phone = LinkingAdsOnIngestIT.phone();
        String shared = LinkingAdsOnIngestIT.text();
        String names = "[" + String.join(",",
                ad("t1", city, "2026-04-01T10:00:00Z", shared + " ask for Alina phone:" + phone),
                ad("t2", city, "2026-04-02T10:00:00Z", shared + " ask for Bianca phone:" + phone),
                ad("t3", city, "2026-04-03T10:00:00Z", shared + " ask for Carla phone:" + phone)) + "]";
        String body = mvc.perform(post("/api/v1/ads/batch").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(names))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long first = mapper.readTree(body).get("ads").get(0).get("id").asLong();
        String network = networkOf(first);

        String detail = mvc.perform(get("/api/v1/networks/" + network).with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.templateTexts.length()").value(1))
                .andExpect(jsonPath("$.templateTexts[0].ads").value(3))
                .andReturn().getResponse().getContentAsString();
        String text = mapper.readTree(detail).get("templateTexts").get(0).get("text").asText();
        assertThat(text).startsWith("Ad " + shared).contains("ask for […]").doesNotContain("Alina", "Bianca");
    }

    @Test
    void membersAndEdgesOfABigNetworkComeAPageAtATime() throws Exception {
        String network = networkOf(ingestNetwork(LinkingAdsOnIngestIT.phone()).get(0));

        mvc.perform(get("/api/v1/networks/" + network).param("size", "2").param("membersPage", "1")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.members.items.length()").value(1))
                .andExpect(jsonPath("$.members.hasMore").value(false))
                .andExpect(jsonPath("$.edges.items.length()").value(2))
                .andExpect(jsonPath("$.edges.hasMore").value(false));
        mvc.perform(get("/api/v1/networks/" + network).param("size", "1").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.members.items.length()").value(1))
                .andExpect(jsonPath("$.members.hasMore").value(true))
                .andExpect(jsonPath("$.edges.hasMore").value(true));
        mvc.perform(get("/api/v1/networks/" + network).param("size", "5000").param("edgesPage", "-1")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void readingANetworkIsAuditedAndAnUnknownIdIsNotFound() throws Exception {
        String network = networkOf(ingestNetwork(LinkingAdsOnIngestIT.phone()).get(0));

        mvc.perform(get("/api/v1/networks/" + network).with(as(Role.ANALYST)).header("X-Palermo-Reason", "case 7"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'networks.read' AND target LIKE :t "
                        + "AND reason = 'case 7'").param("t", "network " + network + " %").query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/networks/n987654321").with(as(Role.ANALYST)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAbsorbedNetworkIdSaysWhichNetworkTookItsAds() throws Exception {
        String first = LinkingAdsOnIngestIT.phone();
        String second = LinkingAdsOnIngestIT.phone();
        long older = ingestOne(ad("y1", city, "2026-04-01T10:00:00Z", LinkingAdsOnIngestIT.text() + " phone:" + first));
        long younger = ingestOne(ad("y2", city, "2026-04-02T10:00:00Z", LinkingAdsOnIngestIT.text() + " phone:" + second));
        String absorbed = networkOf(younger);
        ingestOne(ad("y3", city, "2026-04-03T10:00:00Z",
                LinkingAdsOnIngestIT.text() + " phone:" + first + " phone:" + second));

        mvc.perform(get("/api/v1/networks/" + absorbed).with(as(Role.ANALYST)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "merged into " + networkOf(older))));
        mvc.perform(get("/api/v1/networks/" + networkOf(older)).with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.absorbed").value(hasItem(absorbed)));
    }

    long ingestOne(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/ads").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return mapper.readTree(body).get("id").asLong();
    }
}
