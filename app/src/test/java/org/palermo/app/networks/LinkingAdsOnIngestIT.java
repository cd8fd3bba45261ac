package org.palermo.app.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.palermo.core.linking.LinkSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ads ingested through the API are linked by the real {@link ServerLinking} (the test pipeline only extracts
 * "phone:DIGITS" tokens): shared phones join networks with the phone as the reason, a hotel-style shared number
 * does not, merges re-label older ads, and a restart rebuilds the same ids.
 */
class LinkingAdsOnIngestIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate template;
    @Autowired ObjectMapper mapper;
    @Autowired TransactionTemplate transactions;
    @Autowired ServerLinking linking;

    private final String source = "linking-" + UUID.randomUUID();

    static String phone() {
        return "1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    }

    static final List<String> WORDS = List.of(("quiet evenings old town relaxing massage appointment new city week "
            + "friendly companionship long walks river professional therapist soothing treatments central station "
            + "daily warm conversation dinner cultured discreet weekends sporty cheerful outings museum visits "
            + "afternoon tea travelling business elegant company receptions gala garden harbour market bridge "
            + "library theatre concert gallery breakfast lunch supper morning sunset north south east west").split(" "));

    /** Random wording per ad, so that only identifiers can join two ads (never a shared template). */
    static String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size())));
        }
        return text.toString();
    }

    String ad(String id, String city, String postedAt, String... phones) {
        StringBuilder body = new StringBuilder(text());
        for (String p : phones) {
            body.append(" call phone:").append(p);
        }
        return """
                {"source": "%s", "id": "%s", "title": "Ad %s", "body": "%s", "city": "%s", "posted_at": "%s"}"""
                .formatted(source, id, id, body, city, postedAt);
    }

    List<Long> ingest(String... ads) throws Exception {
        String body = mvc.perform(post("/api/v1/ads/batch").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[" + String.join(",", ads) + "]"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        mapper.readTree(body).get("ads").forEach((JsonNode r) -> ids.add(r.get("id").asLong()));
        return ids;
    }

    String network(long adId) {
        return jdbc.sql("SELECT network_id FROM ad_links WHERE ad_id = :id").param("id", adId)
                .query(String.class).single();
    }

    @Test
    void twoAdsSharingAPhoneShareANetworkWithThePhoneAsTheReason() throws Exception {
        String shared = phone();
        List<Long> ids = ingest(ad("a", "Leeds", "2026-03-01T10:00:00Z", shared),
                ad("b", "York", "2026-03-04T10:00:00Z", shared), ad("c", "Leeds", "2026-03-02T10:00:00Z", phone()));

        assertThat(network(ids.get(0))).isEqualTo(network(ids.get(1))).isNotEqualTo(network(ids.get(2)));
        ServerLinking.Described network = linking.describe(network(ids.get(0))).orElseThrow();
        assertThat(network.summary().edges()).singleElement().satisfies(edge -> {
            assertThat(edge.reason()).isEqualTo("identifier");
            assertThat(edge.value()).isEqualTo("phone:+" + shared);
        });
    }

    @Test
    void aHotelNumberBesideEachOperatorsOwnPhoneJoinsNothing() throws Exception {
        String hotel = phone();
        List<Long> ids = ingest(ad("h1", "Leeds", "2026-03-01T10:00:00Z", phone(), hotel),
                ad("h2", "Leeds", "2026-03-01T11:00:00Z", phone(), hotel),
                ad("h3", "Leeds", "2026-03-01T12:00:00Z", phone(), hotel));

        assertThat(ids.stream().map(this::network).distinct()).hasSize(3);
        ServerLinking.Described one = linking.describe(network(ids.get(0))).orElseThrow();
        assertThat(one.summary().cutHubs()).extracting(h -> h.key()).containsExactly("phone:+" + hotel);
    }

    @Test
    void aLaterAdThatJoinsTwoNetworksMergesThemUnderTheOlderIdAndRelabelsStoredAds() throws Exception {
        String first = phone();
        String second = phone();
        List<Long> old = ingest(ad("m1", "Leeds", "2026-03-01T10:00:00Z", first),
                ad("m2", "Hull", "2026-03-02T10:00:00Z", second));
        String older = network(old.get(0));
        String younger = network(old.get(1));
        assertThat(older).isNotEqualTo(younger);

        long bridge = ingest(ad("m3", "York", "2026-03-03T10:00:00Z", first, second)).get(0);

        assertThat(List.of(network(old.get(0)), network(old.get(1)), network(bridge))).containsOnly(older);
        assertThat(linking.mergedInto(younger)).contains(older);
        assertThat(linking.absorbedBy(older)).contains(younger);
    }

    @Test
    void aRestartRebuildsTheIndexFromStoredAdsWithTheSameIds() throws Exception {
        String shared = phone();
        ingest(ad("r1", "Leeds", "2026-03-01T10:00:00Z", shared), ad("r2", "York", "2026-03-02T10:00:00Z"));
        ingest(ad("r3", "Hull", "2026-03-03T10:00:00Z", shared));
        Map<Long, String> before = storedNetworks();

        ServerLinking restarted = new ServerLinking(new LinksJdbcRepository(jdbc, template, mapper), transactions,
                Clock.systemUTC(), LinkSettings.defaults());
        restarted.start();

        assertThat(storedNetworks()).isEqualTo(before);
        String network = before.values().iterator().next();
        assertThat(restarted.describe(network).orElseThrow().summary().ads())
                .isEqualTo(linking.describe(network).orElseThrow().summary().ads());
    }

    private Map<Long, String> storedNetworks() {
        Map<Long, String> out = new java.util.HashMap<>();
        jdbc.sql("SELECT ad_id, network_id FROM ad_links").query(rs -> {
            out.put(rs.getLong("ad_id"), rs.getString("network_id"));
        });
        return out;
    }
}
