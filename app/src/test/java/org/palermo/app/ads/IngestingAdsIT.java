package org.palermo.app.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

class IngestingAdsIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper mapper;

    private final String source = "partner-" + UUID.randomUUID();

    private String ad(String id, String body) {
        return """
                {"source": "%s", "id": "%s", "title": "Companionship", "body": "%s", "city": "Leeds",
                 "posted_at": "2026-03-01T10:00:00Z", "price": 80, "images": ["img1"], "extra": {"kept": true}}"""
                .formatted(source, id, body);
    }

    private MvcResult postOne(String json) throws Exception {
        return mvc.perform(post("/api/v1/ads").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn();
    }

    private long storedCount(String externalId) {
        return jdbc.sql("SELECT COUNT(*) FROM ads WHERE source = :s AND external_id = :e")
                .param("s", source).param("e", externalId).query(Long.class).single();
    }

    @Test
    void storesANewAdWithItsScreeningIdentifiersAndLinkAndSaysWhereItIs() throws Exception {
        MvcResult result = postOne(ad("a-1", "urgent, call phone:447700900123"));

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode receipt = mapper.readTree(result.getResponse().getContentAsString());
        long id = receipt.get("id").asLong();
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/ads/" + id);
        assertThat(receipt.get("created").asBoolean()).isTrue();
        assertThat(receipt.get("band").asText()).isEqualTo("high");
        assertThat(jdbc.sql("SELECT band FROM screening_results WHERE ad_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("high");
        assertThat(jdbc.sql("SELECT normalised FROM identifiers WHERE ad_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("+447700900123");
        assertThat(jdbc.sql("SELECT network_id FROM ad_links WHERE ad_id = :id").param("id", id)
                .query(String.class).single()).matches("n\\d+");
        String raw = jdbc.sql("SELECT raw FROM ads WHERE id = :id").param("id", id).query(String.class).single();
        assertThat(mapper.readTree(raw).path("extra").path("kept").asBoolean()).isTrue();
    }

    @Test
    void reSendingAnAdReturnsTheStoredRecordAndNeverADuplicate() throws Exception {
        long first = mapper.readTree(postOne(ad("a-2", "first text")).getResponse().getContentAsString())
                .get("id").asLong();

        MvcResult again = postOne(ad("a-2", "changed text"));

        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        JsonNode receipt = mapper.readTree(again.getResponse().getContentAsString());
        assertThat(receipt.get("id").asLong()).isEqualTo(first);
        assertThat(receipt.get("created").asBoolean()).isFalse();
        assertThat(storedCount("a-2")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT body FROM ads WHERE id = :id").param("id", first).query(String.class).single())
                .isEqualTo("first text");
    }

    @Test
    void aBatchStoresNewAdsOnceAndAnswersInRequestOrder() throws Exception {
        postOne(ad("b-0", "stored before"));
        String batch = "[" + ad("b-1", "one") + "," + ad("b-0", "again") + "," + ad("b-1", "twice in batch") + ","
                + ad("b-2", "urgent two") + "]";

        mvc.perform(post("/api/v1/ads/batch").with(as(Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.alreadyStored").value(2))
                .andExpect(jsonPath("$.ads[0].externalId").value("b-1"))
                .andExpect(jsonPath("$.ads[0].created").value(true))
                .andExpect(jsonPath("$.ads[1].created").value(false))
                .andExpect(jsonPath("$.ads[2].created").value(false))
                .andExpect(jsonPath("$.ads[3].band").value("high"));

        assertThat(storedCount("b-1")).isEqualTo(1);
        assertThat(storedCount("b-2")).isEqualTo(1);
    }

    @Test
    void reportsEveryProblemOfABatchTogetherAndStoresNothing() throws Exception {
        String batch = "[" + ad("c-1", "fine") + ", {\"title\": \"no id\"}, {\"id\": \"c-3\", \"price\": \"cheap\","
                + " \"posted_at\": \"yesterday\"}, 42]";

        mvc.perform(post("/api/v1/ads/batch").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].pointer").value("/1"))
                .andExpect(jsonPath("$.errors[3].pointer").value("/3"));

        assertThat(storedCount("c-1")).isZero();
    }

    @Test
    void refusesMalformedJsonAndOversizedBatchesWithProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/ads").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"id\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed body"));

        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i <= 1000; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{\"id\":\"x").append(i).append("\"}");
        }
        mvc.perform(post("/api/v1/ads/batch").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(tooMany.append("]").toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("a batch holds 1 to 1000 ads, this one 1001"));
    }

    @Test
    void refusesABodyLargerThanTheLimitWith413() throws Exception {
        String huge = ad("d-1", "x".repeat(17 * 1024 * 1024));

        mvc.perform(post("/api/v1/ads").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(storedCount("d-1")).isZero();
    }

    @Test
    void clientsRacingToStoreTheSameAdsGetOneRecordEach() throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 50; i++) {
            batch.append(i == 0 ? "" : ",").append(ad("race-" + i, "text " + i));
        }
        String body = batch.append("]").toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> mvc.perform(post("/api/v1/ads/batch").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ads WHERE source = :s AND external_id LIKE 'race-%'")
                .param("s", source).query(Long.class).single()).isEqualTo(50);
    }
}
