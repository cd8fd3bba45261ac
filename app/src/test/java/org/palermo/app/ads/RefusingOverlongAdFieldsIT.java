package org.palermo.app.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.palermo.app.security.Role;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A field longer than its column is a client's mistake, not a server error: it gets a 400 problem naming every such
 * field, and nothing is stored (it used to reach the database and answer 500).
 */
class RefusingOverlongAdFieldsIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper mapper;

    private final String source = "overlong-" + java.util.UUID.randomUUID();

    @Test
    void overlongPlaceSiteAndUrlAreRefusedTogetherAndNothingIsStored() throws Exception {
        String json = """
                {"source": "%s", "id": "o-1", "title": "Companionship", "body": "call me",
                 "city": "%s", "region": "%s", "country": "%s", "site": "%s", "url": "https://x.example/%s"}"""
                .formatted(source, "c".repeat(201), "r".repeat(201), "k".repeat(101), "s".repeat(201), "u".repeat(2000));

        MvcResult result = mvc.perform(post("/api/v1/ads").with(as(Role.PARTNER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = mapper.readTree(result.getResponse().getContentAsString());
        assertThat(problem.findValuesAsText("pointer"))
                .contains("/city", "/region", "/country", "/site", "/url");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ads WHERE source = :s").param("s", source).query(Long.class).single())
                .isZero();
    }

    @Test
    void fieldsAtTheirLimitAreStored() throws Exception {
        String json = """
                {"source": "%s", "id": "o-2", "title": "Companionship", "body": "call me",
                 "city": "%s", "site": "%s"}""".formatted(source, "c".repeat(200), "s".repeat(200));

        MvcResult result = mvc.perform(post("/api/v1/ads").with(as(Role.PARTNER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
    }
}
