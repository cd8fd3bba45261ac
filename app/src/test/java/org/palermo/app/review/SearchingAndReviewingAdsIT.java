package org.palermo.app.review;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class SearchingAndReviewingAdsIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper mapper;

    /** A city name no other test uses, so searches see only this test's ads. */
    private String city;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void ingestAFewAds() throws Exception {
        city = "City" + UUID.randomUUID().toString().substring(0, 8);
        String batch = """
                [{"id": "s1", "title": "Relaxing massage", "body": "calm 100%% discreet", "city": "%1$s",
                  "site": "siteA", "posted_at": "2026-01-10"},
                 {"id": "s2", "title": "Companionship", "body": "urgent new girls phone:447700900555", "city": "%1$s",
                  "site": "siteB", "posted_at": "2026-02-10"},
                 {"id": "s3", "title": "Massage", "body": "urgent, call phone:447700900556", "city": "%1$s",
                  "site": "siteA", "posted_at": "2026-03-10"}]""".formatted(city);
        JsonNode receipts = mapper.readTree(mvc.perform(post("/api/v1/ads/batch").with(as(Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(batch.replace("\"id\": \"s",
                                "\"source\": \"" + city + "\", \"id\": \"s")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        receipts.get("ads").forEach(r -> ids.add(r.get("id").asLong()));
    }

    private List<Long> search(String... parameters) throws Exception {
        var request = get("/api/v1/ads").param("city", city).with(as(Role.CASEWORKER));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        JsonNode page = mapper.readTree(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<Long> found = new ArrayList<>();
        page.get("items").forEach(item -> found.add(item.get("id").asLong()));
        return found;
    }

    @Test
    void filtersCombineAndNewestComesFirst() throws Exception {
        assertThat(search()).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(search("site", "sitea")).containsExactly(ids.get(2), ids.get(0));
        assertThat(search("from", "2026-02-01", "to", "2026-03-01")).containsExactly(ids.get(1));
        assertThat(search("q", "MASSAGE")).containsExactly(ids.get(2), ids.get(0));
        assertThat(search("q", "100%")).containsExactly(ids.get(0));
        assertThat(search("q", "1_0")).isEmpty();
        assertThat(search("band", "high")).containsExactly(ids.get(2), ids.get(1));
        assertThat(search("identifier", "phone:+447700900555")).containsExactly(ids.get(1));
        assertThat(search("identifier", "+447700900556")).containsExactly(ids.get(2));
    }

    @Test
    void theReviewQueueOrdersByRiskAndPagesSaySoWhenMoreFollow() throws Exception {
        assertThat(search("sort", "risk")).containsExactly(ids.get(2), ids.get(1), ids.get(0));

        mvc.perform(get("/api/v1/ads").param("city", city).param("size", "2").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.hasMore").value(true));
        mvc.perform(get("/api/v1/ads").param("city", city).param("size", "2").param("page", "1")
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.hasMore").value(false));
    }

    @Test
    void badSearchParametersAreAllReportedTogether() throws Exception {
        mvc.perform(get("/api/v1/ads").param("from", "last week").param("band", "severe").param("size", "5000")
                        .param("sort", "random").with(as(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4));
    }

    @Test
    void oneAdComesWithItsExplanationIdentifiersAndNetwork() throws Exception {
        mvc.perform(get("/api/v1/ads/" + ids.get(1)).with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ad.externalId").value("s2"))
                .andExpect(jsonPath("$.screening.band").value("high"))
                .andExpect(jsonPath("$.screening.indicators[0].code").value("TEST_URGENT"))
                .andExpect(jsonPath("$.screening.rulebookVersion").value("test-rulebook-1"))
                .andExpect(jsonPath("$.identifiers[0].type").value("phone"))
                .andExpect(jsonPath("$.identifiers[0].value").value("+4477••••••55"))
                .andExpect(jsonPath("$.masked").value(true))
                .andExpect(jsonPath("$.link.networkId").value(org.hamcrest.Matchers.matchesPattern("n\\d+")));
        mvc.perform(get("/api/v1/ads/987654321").with(as(Role.SUPERVISOR)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void aLabelNeedsAReasonAndNeverChangesTheScore() throws Exception {
        long ad = ids.get(0);
        mvc.perform(post("/api/v1/ads/" + ad + "/labels").with(as(Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\": \"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));

        mvc.perform(post("/api/v1/ads/" + ad + "/labels").with(as("analyst-rev", Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"LIKELY_TRAFFICKING\", \"reason\": \"same phone as a known network\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("analyst-rev"));

        mvc.perform(get("/api/v1/ads/" + ad).with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.labels[0].label").value("LIKELY_TRAFFICKING"))
                .andExpect(jsonPath("$.screening.risk").value(0.1))
                .andExpect(jsonPath("$.screening.band").value("low"));
    }

    @Test
    void labellingAnAdThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(post("/api/v1/ads/987654321/labels").with(as(Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"NEEDS_REVIEW\", \"reason\": \"check\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theScreenEndpointGivesAVerdictAndStoresNothing() throws Exception {
        String id = "draft-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/screen").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"" + id + "\", \"body\": \"urgent phone:447700900999\", \"city\": \"" + city
                                + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.screened").value(true))
                .andExpect(jsonPath("$.risk").value(0.9))
                .andExpect(jsonPath("$.identifiers[0].value").value("+447700900999"));
        assertThat(search()).hasSize(3);
    }

    @Test
    void aTipNeedsAMessage() throws Exception {
        mvc.perform(post("/api/v1/tips").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"city\": \"" + city + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/message"));
        mvc.perform(post("/api/v1/tips").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"message\": \"a worker asked for help\", \"city\": \"" + city + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
    }
}
