package org.palermo.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Analysts save searches; ads ingested afterwards that match one become alerts for that analyst only. */
class SavedSearchAlertsIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper mapper;
    @Autowired JdbcClient jdbc;
    @Autowired AlertEvaluation evaluation;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String city = "Alertville-" + run;
    private final RequestPostProcessor ana = as("ana-" + run, Role.ANALYST);
    private final RequestPostProcessor bob = as("bob-" + run, Role.SUPERVISOR);

    long save(RequestPostProcessor who, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/saved-searches").with(who).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return mapper.readTree(body).get("id").asLong();
    }

    String ad(String id, String city, String site, String postedAt, String body) {
        return """
                {"id": "%s-%s", "title": "Ad %s", "body": "%s", "city": "%s", "site": "%s", "posted_at": "%s"}"""
                .formatted(run, id, id, body, city, site, postedAt);
    }

    /** Ingests ads as a partner and waits until saved searches have seen them; their ids in order. */
    List<Long> ingest(String... ads) throws Exception {
        String body = mvc.perform(post("/api/v1/ads/batch").with(as("feed-" + run, Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[" + String.join(",", ads) + "]"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        evaluation.awaitIdle(30, TimeUnit.SECONDS);
        List<Long> ids = new ArrayList<>();
        mapper.readTree(body).get("ads").forEach((JsonNode r) -> ids.add(r.get("id").asLong()));
        return ids;
    }

    List<Long> alertedAds(RequestPostProcessor who, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/alerts?size=200" + query).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        mapper.readTree(body).get("items").forEach(a -> ids.add(a.get("adId").asLong()));
        return ids;
    }

    @Test
    void aNewMatchingAdBecomesAnAlertForTheSearchOwnerOnly() throws Exception {
        long search = save(ana, "{\"name\": \"urgent in town\", \"q\": \"URGENT\", \"city\": \"" + city + "\"}");

        List<Long> ids = ingest(ad("a1", city, "s1", "2026-05-01T10:00:00Z", "urgent booking phone:15550001"),
                ad("a2", city, "s1", "2026-05-01T11:00:00Z", "calm booking"),
                ad("a3", "Elsewhere-" + run, "s1", "2026-05-01T12:00:00Z", "urgent booking"));

        mvc.perform(get("/api/v1/alerts").param("unseen", "true").with(ana))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].adId").value(ids.get(0)))
                .andExpect(jsonPath("$.items[0].savedSearchId").value(search))
                .andExpect(jsonPath("$.items[0].searchName").value("urgent in town"))
                .andExpect(jsonPath("$.items[0].band").value("high"))
                .andExpect(jsonPath("$.items[0].seenAt").doesNotExist());
        assertThat(alertedAds(bob, "")).isEmpty();
        mvc.perform(get("/api/v1/saved-searches").with(ana))
                .andExpect(jsonPath("$.items[0].id").value(search))
                .andExpect(jsonPath("$.items[0].unseenAlerts").value(1));
    }

    @Test
    void anAdWhoseEvaluationWasLostRaisesItsAlertWhenTheServerNextStarts() throws Exception {
        save(ana, "{\"name\": \"lost and found\", \"city\": \"" + city + "\"}");
        List<Long> ids = ingest(ad("lost", city, "s1", "2026-05-04T10:00:00Z", "stored just before a crash"));
        assertThat(jdbc.sql("SELECT alerts_pending FROM ads WHERE id = :id").param("id", ids.get(0))
                .query(Boolean.class).single()).as("evaluated ads are no longer pending").isFalse();
        // what a crash between the ingest commit and the evaluation leaves: the ad pending, no alert
        jdbc.sql("DELETE FROM alerts WHERE ad_id = :id").param("id", ids.get(0)).update();
        jdbc.sql("UPDATE ads SET alerts_pending = TRUE WHERE id = :id").param("id", ids.get(0)).update();

        evaluation.catchUp();
        evaluation.awaitIdle(30, TimeUnit.SECONDS);

        assertThat(alertedAds(ana, "")).containsExactlyElementsOf(ids);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ads WHERE alerts_pending = TRUE").query(Long.class).single())
                .isZero();
    }

    @Test
    void onlyAdsIngestedAfterSavingAlert() throws Exception {
        ingest(ad("old", city, "s1", "2026-05-01T10:00:00Z", "before the search"));
        save(ana, "{\"name\": \"the city\", \"city\": \"" + city + "\"}");
        assertThat(alertedAds(ana, "")).isEmpty();
        List<Long> ids = ingest(ad("new", city, "s1", "2026-05-02T10:00:00Z", "after the search"));
        assertThat(alertedAds(ana, "")).containsExactlyElementsOf(ids);
    }

    @Test
    void alertsFindTheSameNewAdsAsTheSearchApiForEveryFilter() throws Exception {
        List<String> filters = List.of(
                "\"city\": \"" + city.toUpperCase() + "\"",
                "\"city\": \"" + city + "\", \"site\": \"Site-B\"",
                "\"city\": \"" + city + "\", \"band\": \"high\"",
                "\"city\": \"" + city + "\", \"from\": \"2026-05-02\", \"to\": \"2026-05-03T12:00:00Z\"",
                "\"city\": \"" + city + "\", \"identifier\": \"+15550002\"",
                "\"city\": \"" + city + "\", \"identifier\": \"phone:+15550002\"",
                "\"city\": \"" + city + "\", \"identifier\": \"email:+15550002\"",
                "\"city\": \"" + city + "\", \"q\": \"100%_sure\"",
                "\"q\": \"marker-" + run + "\", \"site\": \"site-a\"");
        Map<Long, String> searches = new java.util.LinkedHashMap<>();
        for (String filter : filters) {
            searches.put(save(ana, "{\"name\": \"f\", " + filter + "}"), filter);
        }
        ingest(ad("m1", city, "site-a", "2026-05-01T10:00:00Z", "urgent marker-" + run + " phone:15550002"),
                ad("m2", city.toLowerCase(), "Site-B", "2026-05-02T10:00:00Z", "quiet 100%_sure"),
                ad("m3", city, "site-b", "2026-05-03T13:00:00Z", "urgent phone:15550003 100%xsure"),
                ad("m4", city, "site-a", "2026-05-03T11:00:00Z", "phone:15550002 marker-" + run),
                ad("m5", "Other-" + run, "site-a", "2026-05-03T11:00:00Z", "urgent marker-" + run));

        for (Map.Entry<Long, String> search : searches.entrySet()) {
            JsonNode filter = mapper.readTree("{" + search.getValue() + "}");
            var query = get("/api/v1/ads").param("size", "200");
            filter.fields().forEachRemaining(f -> query.param(f.getKey(), f.getValue().asText()));
            String found = mvc.perform(query.with(ana)).andReturn().getResponse().getContentAsString();
            TreeSet<Long> expected = new TreeSet<>();
            mapper.readTree(found).get("items").forEach(a -> {
                if (a.get("externalId").asText().startsWith(run)) {
                    expected.add(a.get("id").asLong());
                }
            });
            assertThat(new TreeSet<>(alertedAds(ana, "&savedSearch=" + search.getKey())))
                    .as("alerts of %s", search.getValue()).isEqualTo(expected);
        }
        assertThat(alertedAds(ana, "&savedSearch=" + searches.keySet().iterator().next())).hasSize(4);
    }

    @Test
    void anotherAccountCannotSeeDeleteOrMarkSomeonesSearchOrAlerts() throws Exception {
        long search = save(ana, "{\"name\": \"mine\", \"city\": \"" + city + "\"}");
        ingest(ad("o1", city, "s1", "2026-05-01T10:00:00Z", "anything"));
        String alerts = mvc.perform(get("/api/v1/alerts").with(ana)).andReturn().getResponse().getContentAsString();
        long alert = mapper.readTree(alerts).get("items").get(0).get("id").asLong();

        mvc.perform(get("/api/v1/saved-searches/" + search).with(bob)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/saved-searches/" + search).with(bob).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/alerts/" + alert + "/seen").with(bob).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/saved-searches").with(bob)).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/saved-searches/" + search).with(ana)).andExpect(status().isOk())
                .andExpect(jsonPath("$.criteria.city").value(city));
    }

    @Test
    void markingSeenClearsTheUnseenCountAndKeepsTheAlert() throws Exception {
        save(ana, "{\"name\": \"seen\", \"city\": \"" + city + "\"}");
        ingest(ad("s1", city, "s1", "2026-05-01T10:00:00Z", "one"), ad("s2", city, "s1", "2026-05-01T10:00:00Z", "two"));
        String alerts = mvc.perform(get("/api/v1/alerts").with(ana)).andReturn().getResponse().getContentAsString();
        long first = mapper.readTree(alerts).get("items").get(0).get("id").asLong();

        mvc.perform(post("/api/v1/alerts/" + first + "/seen").with(ana).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/alerts/unseen-count").with(ana)).andExpect(jsonPath("$.unseen").value(1));
        mvc.perform(post("/api/v1/alerts/seen").with(ana).with(csrf())).andExpect(jsonPath("$.marked").value(1));
        mvc.perform(get("/api/v1/alerts/unseen-count").with(ana)).andExpect(jsonPath("$.unseen").value(0));
        assertThat(alertedAds(ana, "")).hasSize(2);
        assertThat(alertedAds(ana, "&unseen=true")).isEmpty();
    }

    @Test
    void aSearchWithoutFiltersOrWithBadFiltersIsRejectedWithEveryProblem() throws Exception {
        mvc.perform(post("/api/v1/saved-searches").with(ana).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" \", \"band\": \"extreme\", \"from\": \"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer",
                        Matchers.containsInAnyOrder("/name", "/band", "/from")));
        mvc.perform(post("/api/v1/saved-searches").with(ana).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"everything\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("at least one filter")));
        mvc.perform(get("/api/v1/saved-searches").param("size", "0").with(ana))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("size"));
    }

    @Test
    void savingAndDeletingASearchAreAudited() throws Exception {
        long search = save(ana, "{\"name\": \"audited\", \"city\": \"" + city + "\"}");
        ingest(ad("d1", city, "s1", "2026-05-01T10:00:00Z", "one"));
        mvc.perform(delete("/api/v1/saved-searches/" + search).with(ana).with(csrf())
                        .header("X-Palermo-Reason", "no longer needed"))
                .andExpect(status().isNoContent());

        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE actor = :actor AND target LIKE :target ORDER BY seq")
                .param("actor", "ana-" + run).param("target", "saved search " + search + "%")
                .query(String.class).list()).containsExactly("searches.save", "searches.delete");
        assertThat(jdbc.sql("SELECT reason FROM audit_log WHERE action = 'searches.delete' AND target = :target")
                .param("target", "saved search " + search).query(String.class).single()).isEqualTo("no longer needed");
        assertThat(alertedAds(ana, "")).isEmpty();
        mvc.perform(get("/api/v1/saved-searches/" + search).with(ana)).andExpect(status().isNotFound());
    }
}
