package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.app.review.Labels;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console's pages on both databases (their SQL: the queue of unlabelled ads, ingest per day, growing networks),
 * without a browser: what they show and that personal data stays masked in the HTML.
 */
class ServingConsolePagesIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper mapper;
    @Autowired Labels labels;
    @Autowired JdbcClient jdbc;

    private String city;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void ingest() throws Exception {
        city = "Pages" + UUID.randomUUID().toString().substring(0, 8);
        String batch = """
                [{"id": "c1", "title": "Quiet studio", "body": "calm, ask for Mia phone:15557771234", "city": "%1$s"},
                 {"id": "c2", "title": "New arrivals", "body": "urgent, ask for Mia phone:15557771234", "city": "%1$s"}]"""
                .formatted(city);
        JsonNode receipts = mapper.readTree(mvc.perform(post("/api/v1/ads/batch").with(as(Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(batch.replace("\"id\": \"c",
                                "\"source\": \"" + city + "\", \"id\": \"c")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        receipts.get("ads").forEach(r -> ids.add(r.get("id").asLong()));
    }

    private String page(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(as(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theDashboardCountsTodaysAdsAndShowsTheGrowingNetwork() throws Exception {
        String html = page("/console", Role.ANALYST);

        assertThat(html).contains("Ingest volume", "High-risk ads", "Growing networks", "New alerts")
                .contains("New arrivals");
        assertThat(html).doesNotContain("5557771234");
    }

    @Test
    void theQueueShowsUnlabelledAdsMaskedAndALabelTakesAnAdOutOfIt() throws Exception {
        String before = page("/console/queue", Role.SUPERVISOR);
        assertThat(before).contains("id=\"ad-" + ids.get(1) + "\"").contains("TEST_URGENT")
                .doesNotContain("5557771234").doesNotContain("Mia");

        mvc.perform(post("/console/queue/ads/" + ids.get(1) + "/label").with(as("supervisor-pages", Role.SUPERVISOR))
                        .with(csrf()).param("label", "NEEDS_REVIEW").param("preset", "Check the network"))
                .andExpect(redirectedUrl("/console/queue"));

        assertThat(labels.of(Labels.Subject.AD, Long.toString(ids.get(1)))).singleElement()
                .satisfies(l -> assertThat(l.username()).isEqualTo("supervisor-pages"));
        assertThat(page("/console/queue", Role.SUPERVISOR)).doesNotContain("id=\"ad-" + ids.get(1) + "\"");
    }

    @Test
    void anHtmxLabelWithoutAReasonAnswersAMessageAndStoresNothing() throws Exception {
        String fragment = mvc.perform(post("/console/queue/ads/" + ids.get(0) + "/label").with(as(Role.ANALYST))
                        .with(csrf()).header("HX-Request", "true").param("label", "CONFIRMED").param("preset", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("Give a reason").doesNotContain("<html");
        assertThat(labels.of(Labels.Subject.AD, Long.toString(ids.get(0)))).isEmpty();
    }

    @Test
    void aNetworkIsLabelledFromTheQueueThroughHtmx() throws Exception {
        String network = jdbc.sql("SELECT network_id FROM ad_links WHERE ad_id = :id").param("id", ids.get(0))
                .query(String.class).single();

        String fragment = mvc.perform(post("/console/queue/networks/" + network + "/label")
                        .with(as("analyst-networks", Role.ANALYST)).with(csrf()).header("HX-Request", "true")
                        .param("label", "LIKELY_TRAFFICKING").param("preset", "Movement between cities with shared contacts")
                        .param("text", "same phone, two ads"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("data-labelled", "Labelled LIKELY_TRAFFICKING");
        assertThat(labels.of(Labels.Subject.NETWORK, network)).singleElement().satisfies(l -> assertThat(l.reason())
                .isEqualTo("Movement between cities with shared contacts: same phone, two ads"));
    }

    @Test
    void searchAndTheAdPageKeepPersonalDataMasked() throws Exception {
        assertThat(page("/console/search?city=" + city + "&band=high", Role.CASEWORKER))
                .contains("data-ad=\"" + ids.get(1) + "\"").doesNotContain("data-ad=\"" + ids.get(0) + "\"");
        String ad = page("/console/ads/" + ids.get(1), Role.CASEWORKER);
        assertThat(ad).contains("+1555•••••34", "ask for M•• ", "reveal-form").doesNotContain("5557771234", "Mia");
        mvc.perform(get("/console/ads/987654321").with(as(Role.CASEWORKER))).andExpect(status().isNotFound());
    }

    @Test
    void revealingOnTheAdPageNeedsAReason() throws Exception {
        String refused = mvc.perform(post("/console/ads/" + ids.get(1) + "/reveal").with(as(Role.ANALYST))
                        .with(csrf()).param("reason", "hm"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("reveal-error").doesNotContain("5557771234");

        String shown = mvc.perform(post("/console/ads/" + ids.get(1) + "/reveal").with(as(Role.ANALYST))
                        .with(csrf()).param("reason", "hotline case 77, caller gave this number"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("+15557771234", "ask for Mia", "id=\"revealed\"");
    }
}
