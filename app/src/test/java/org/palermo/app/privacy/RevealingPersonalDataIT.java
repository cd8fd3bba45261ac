package org.palermo.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Phones and names are masked in every ad answer until someone reveals them with a reason, which is audited. */
class RevealingPersonalDataIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper mapper;
    @Autowired JdbcClient jdbc;

    private String source;
    private long id;

    @BeforeEach
    void ingestAnAdWithAPhoneAndAName() throws Exception {
        source = "reveal-" + UUID.randomUUID().toString().substring(0, 8);
        String ad = """
                {"source": "%s", "id": "r1", "title": "Call phone:15552013344 now",
                 "body": "Hi, my name is Anna. urgent", "city": "Reveal City"}""".formatted(source);
        JsonNode receipt = mapper.readTree(mvc.perform(post("/api/v1/ads").with(as(Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ad))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        id = receipt.get("id").asLong();
    }

    @Test
    void adsAndSearchResultsShowPhonesAndNamesMasked() throws Exception {
        String detail = mvc.perform(get("/api/v1/ads/" + id).with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.masked").value(true))
                .andExpect(jsonPath("$.identifiers[0].value").value("+1555•••••44"))
                .andExpect(jsonPath("$.ad.title").value("Call •••••:•••••••••44 now"))
                .andExpect(jsonPath("$.ad.body").value("Hi, my name is A•••. urgent"))
                .andReturn().getResponse().getContentAsString();
        String search = mvc.perform(get("/api/v1/ads").param("identifier", "phone:+15552013344")
                        .with(as(Role.CASEWORKER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andReturn().getResponse().getContentAsString();

        assertThat(detail).doesNotContain("5552013344", "Anna");
        assertThat(search).doesNotContain("5552013344");
    }

    @Test
    void aRevealWithAReasonShowsTheClearValuesAndIsAudited() throws Exception {
        String reason = "case 2026-114: hotline caller named this number";

        mvc.perform(post("/api/v1/ads/" + id + "/reveal").with(as("analyst-reveals", Role.ANALYST)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + reason + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.masked").value(false))
                .andExpect(jsonPath("$.identifiers[0].value").value("+15552013344"))
                .andExpect(jsonPath("$.ad.body").value("Hi, my name is Anna. urgent"));

        var record = jdbc.sql("SELECT actor, target, reason FROM audit_log WHERE action = 'ads.reveal' AND target LIKE :t")
                .param("t", "ad " + id + " %").query().singleRow();
        assertThat(record.get("actor")).isEqualTo("analyst-reveals");
        assertThat(record.get("reason")).isEqualTo(reason);
        assertThat((String) record.get("target")).contains("phone:+1555•••••44", "1 name(s)")
                .doesNotContain("5552013344");
    }

    @Test
    void aRevealWithoutAUsefulReasonIsRefusedAndNothingIsShown() throws Exception {
        for (String body : new String[] {"{}", "{\"reason\": \"\"}", "{\"reason\": \"because\"}"}) {
            String answer = mvc.perform(post("/api/v1/ads/" + id + "/reveal").with(as(Role.ANALYST)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].pointer").value("/reason"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(answer).doesNotContain("5552013344");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ads.reveal' AND target LIKE :t")
                .param("t", "ad " + id + " %").query(Long.class).single()).isZero();
    }

    @Test
    void partnersAndAuditorsMayNotReveal() throws Exception {
        for (Role role : new Role[] {Role.PARTNER, Role.AUDITOR, Role.ADMIN}) {
            mvc.perform(post("/api/v1/ads/" + id + "/reveal").with(as(role)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"curious about it\"}"))
                    .andExpect(status().isForbidden());
        }
    }
}
