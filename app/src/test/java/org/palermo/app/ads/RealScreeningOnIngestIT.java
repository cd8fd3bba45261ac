package org.palermo.app.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Role;
import org.palermo.app.server.PalermoServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The server as shipped: ingest and the screen endpoint run core's extraction and screening, not a test rule. */
@SpringBootTest(classes = PalermoServer.class)
@AutoConfigureMockMvc
@ActiveProfiles("h2")
class RealScreeningOnIngestIT {

    private static final String BODY = "Just turned 18, new to this. My girls are waiting. "
            + "Call for80 2sixseven one9zerofor";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper mapper;

    @Test
    void ingestStoresCoreScreeningWithDisguisedPhoneAndYouthIndicator() throws Exception {
        String json = """
                {"source": "%s", "id": "r-1", "title": "Companionship", "body": "%s", "city": "Phoenix",
                 "country": "US"}""".formatted("partner-" + UUID.randomUUID(), BODY);
        var response = mvc.perform(post("/api/v1/ads").with(as(Role.PARTNER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        long id = mapper.readTree(response.getContentAsString()).get("id").asLong();

        assertThat(jdbc.sql("SELECT normalised FROM identifiers WHERE ad_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("+14802671904");
        assertThat(jdbc.sql("SELECT band FROM screening_results WHERE ad_id = :id").param("id", id)
                .query(String.class).single()).isIn("medium", "high");
    }

    @Test
    void screenEndpointExplainsTheVerdictWithTheShippedRulebook() throws Exception {
        String json = """
                {"id": "draft-1", "title": "Companionship", "body": "%s", "country": "US"}""".formatted(BODY);
        JsonNode verdict = mapper.readTree(mvc.perform(post("/api/v1/screen").with(as(Role.PARTNER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse()
                .getContentAsString());
        assertThat(verdict.get("screened").asBoolean()).isTrue();
        assertThat(verdict.get("rulebook").asText()).startsWith("rulebook-");
        assertThat(verdict.findValuesAsText("category")).contains("YOUTH", "CONCEALMENT");
        JsonNode youth = null;
        for (JsonNode indicator : verdict.get("indicators")) {
            if (indicator.get("category").asText().equals("YOUTH")) {
                youth = indicator;
            }
        }
        assertThat(youth).isNotNull();
        String text = "Companionship\n" + BODY;
        assertThat(text.substring(youth.get("start").asInt(), youth.get("end").asInt()))
                .isEqualTo(youth.get("text").asText());
    }
}
