package org.palermo.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Accounts;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The network graph's JSON (what network.js draws) and the admin pages' guard rails, without a browser. */
class NetworkGraphAndAdminPagesIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper mapper;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String phone = "1555" + (10_000_000 + Math.abs(run.hashCode() % 89_999_999));

    List<Long> ingest(String... bodies) throws Exception {
        List<String> ads = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            ads.add("{\"id\": \"%s-%d\", \"title\": \"Ad\", \"body\": \"%s\", \"city\": \"Hull\"}".formatted(run, i,
                    bodies[i]));
        }
        String body = mvc.perform(post("/api/v1/ads/batch").with(as(Role.PARTNER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[" + String.join(",", ads) + "]"))
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
    void theGraphStartsAtTheSharedPhoneAndEveryEdgeSaysWhyWithThePhoneMasked() throws Exception {
        List<Long> ids = ingest("first phone:" + phone, "second phone:" + phone, "third phone:" + phone);
        String network = networkOf(ids.get(0));

        String page = mvc.perform(get("/console/networks/" + network).with(as(Role.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-start-kind=\"identifier\"").doesNotContain(phone.substring(4));

        String json = mvc.perform(get("/console/networks/" + network + "/neighbours").param("node", "i0")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.node.kind").value("identifier"))
                .andExpect(jsonPath("$.neighbours.length()").value(3))
                .andExpect(jsonPath("$.edges[*].reason", Matchers.everyItem(Matchers.is("identifier"))))
                .andExpect(jsonPath("$.edges[0].text", Matchers.startsWith("both ads carry phone:+1555")))
                .andExpect(jsonPath("$.neighbours[0].place").value("Hull"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain(phone.substring(4));

        mvc.perform(get("/console/networks/" + network + "/neighbours").param("node", "a" + ids.get(1))
                        .with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.neighbours[0].id").value("i0"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/console/networks/" + network + "/neighbours").param("node", "a987654321")
                        .with(as(Role.ANALYST)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'networks.read' AND target LIKE :t")
                .param("t", "network " + network + " graph node %").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anAdminCannotDisableOrDemoteTheirOwnAccount() throws Exception {
        String admin = "admin-" + run;
        long id = accounts.create(admin, "a long admin passphrase", Role.ADMIN).id();

        mvc.perform(post("/console/admin/users/" + id + "/enabled").param("enabled", "false")
                        .with(as(admin, Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errors", List.of("enabled: you cannot disable your own account")));
        mvc.perform(post("/console/admin/users/" + id + "/role").param("role", "ANALYST")
                        .with(as(admin, Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("errors", List.of("role: you cannot change your own role")));
        assertThat(accounts.find(admin).orElseThrow().enabled()).isTrue();
        assertThat(accounts.find(admin).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aDisabledAccountsTokensStopWorkingAndTheChangeIsAudited() throws Exception {
        String partner = "partner-" + run;
        long id = accounts.create(partner, "a long partner passphrase", Role.PARTNER).id();
        String secret = (String) mvc.perform(post("/console/admin/tokens").param("username", partner)
                        .param("name", "feed").param("scopes", "ingest").param("days", "5")
                        .with(as("boss-" + run, Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("secret", Matchers.startsWith("plm_")))
                .andReturn().getFlashMap().get("secret");
        mvc.perform(get("/api/v1/session").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());

        mvc.perform(post("/console/admin/users/" + id + "/enabled").param("enabled", "false")
                        .with(as("boss-" + run, Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("message", Matchers.startsWith("Account disabled")));

        assertThat(accounts.find(partner).orElseThrow().enabled()).isFalse();
        mvc.perform(get("/api/v1/session").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE actor = :a ORDER BY seq").param("a", "boss-" + run)
                .query(String.class).list()).containsExactly("tokens.issue", "users.disable");
    }
}
