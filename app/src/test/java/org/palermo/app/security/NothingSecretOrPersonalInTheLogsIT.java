package org.palermo.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.app.server.ServerTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The server's log never carries a password, a token, a phone number or ad text: every log event of ingest,
 * search, screen, tips, password logins (right, wrong, and a password typed as the username), token issue, use,
 * revocation and misuse is captured, with Palermo's own loggers at DEBUG, and searched for each of them.
 */
class NothingSecretOrPersonalInTheLogsIT extends ServerTest {

    private static final String PASSWORD = "Correct-Horse-" + UUID.randomUUID();
    private static final String WRONG_PASSWORD = "Wrong-Battery-" + UUID.randomUUID();
    private static final String PHONE_DIGITS = "447700900" + (100 + (int) (Math.random() * 800));
    private static final String AD_TEXT = "Lavender companionship in Harrogate " + UUID.randomUUID();
    private static final String TIP_TEXT = "The girl at the Mulberry Street hotel " + UUID.randomUUID();
    private static final String TIP_CONTACT = "tip.giver." + UUID.randomUUID() + "@example.org";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper mapper;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger palermo = (Logger) LoggerFactory.getLogger("org.palermo");
    private Level palermoLevel;

    @BeforeEach
    void captureTheLog() {
        captured.start();
        root.addAppender(captured);
        palermoLevel = palermo.getLevel();
        palermo.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(captured);
        palermo.setLevel(palermoLevel);
    }

    @Test
    void ingestLoginAndTokenFlowsLogNoSecretsAndNoPersonalData() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Account partner = accounts.create("partner-" + suffix, PASSWORD, Role.PARTNER);
        Account analyst = accounts.create("analyst-" + suffix, PASSWORD, Role.ANALYST);
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, WRONG_PASSWORD, PHONE_DIGITS, AD_TEXT, TIP_TEXT,
                TIP_CONTACT));

        // logins: right password, wrong password, and the password typed into the username field
        login(analyst.username(), PASSWORD, "198.51.100.7");
        login(analyst.username(), WRONG_PASSWORD, "198.51.100.8");
        login(PASSWORD, PASSWORD, "198.51.100.9");

        // tokens: issued through the API, used, revoked, used again; a made-up token
        String token = issueToken(partner.username());
        secrets.add(token);
        String ad = """
                {"source": "logs-%s", "id": "ad-1", "title": "Companionship", "body": "%s, call phone:%s",
                 "city": "Leeds", "posted_at": "2026-03-01T10:00:00Z"}""".formatted(suffix, AD_TEXT, PHONE_DIGITS);
        assertThat(status(post("/api/v1/ads").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(ad))).isEqualTo(201);
        assertThat(status(post("/api/v1/ads/batch").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("[" + ad.replace("ad-1", "ad-2") + "]")))
                .isEqualTo(200);
        assertThat(status(post("/api/v1/screen").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(ad))).isIn(200, 403);
        String madeUp = "plm_" + UUID.randomUUID() + "notatoken";
        secrets.add(madeUp);
        assertThat(status(get("/api/v1/session").header("Authorization", "Bearer " + madeUp))).isEqualTo(401);

        // a malformed body with personal data in it, a tip, and searches by phone and by text
        assertThat(status(post("/api/v1/ads").with(as(Role.ANALYST)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\": " + AD_TEXT + " " + PHONE_DIGITS)))
                .isEqualTo(400);
        assertThat(status(post("/api/v1/tips").with(as(Role.ANALYST)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\": \"%s\", \"contact\": \"%s\"}".formatted(TIP_TEXT, TIP_CONTACT))))
                .isEqualTo(201);
        assertThat(status(get("/api/v1/ads").with(as(Role.ANALYST)).param("identifier", "+" + PHONE_DIGITS)))
                .isEqualTo(200);
        assertThat(status(get("/api/v1/ads").with(as(Role.ANALYST)).param("q", AD_TEXT))).isEqualTo(200);
        assertThat(status(get("/api/v1/ads").with(as(Role.ANALYST)).param("identifier", "not a phone " + PHONE_DIGITS)))
                .isLessThan(500);

        // an ad the database refuses (a city longer than its column): the unexpected error is logged
        String tooLong = ad.replace("ad-1", "ad-3").replace("\"Leeds\"", "\"" + (AD_TEXT + " ").repeat(6) + "\"");
        assertThat(status(post("/api/v1/ads").with(as(Role.ANALYST)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(tooLong))).isIn(400, 500);

        long tokenId = tokenId(token);
        assertThat(status(delete("/api/v1/admin/tokens/" + tokenId).with(as(Role.ADMIN)).with(csrf())))
                .isEqualTo(204);
        assertThat(status(post("/api/v1/ads").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(ad))).isEqualTo(401);

        LoggerFactory.getLogger("org.palermo.logcheck").debug("capture check");
        assertThat(captured.list).as("the log was captured").anyMatch(e -> e.getMessage().equals("capture check"));
        String log = logText();
        for (String secret : secrets) {
            assertThat(log).as("the log").doesNotContain(secret);
        }
        assertThat(log).doesNotContain(token.substring(4, 20)).doesNotContain(AD_TEXT.substring(0, 20));
    }

    private String issueToken(String username) throws Exception {
        String request = "{\"username\": \"%s\", \"name\": \"log test\", \"scopes\": [\"ingest\", \"screen\"]}"
                .formatted(username);
        String body = mvc.perform(post("/api/v1/admin/tokens").with(as(Role.ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(request)).andReturn().getResponse().getContentAsString();
        return mapper.readTree(body).get("secret").asText();
    }

    private long tokenId(String secret) {
        return jdbc.sql("SELECT id FROM api_tokens WHERE token_hash = :h").param("h", ApiTokens.sha256(secret))
                .query(Long.class).single();
    }

    private void login(String username, String password, String address) throws Exception {
        mvc.perform(post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password)).andReturn();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** Every captured event as an appender would write it: message, arguments, MDC, key-values and stack traces. */
    private String logText() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : List.copyOf(captured.list)) {
            text.append(event.getFormattedMessage()).append('\n');
            text.append(event.getMDCPropertyMap()).append('\n');
            if (event.getKeyValuePairs() != null) {
                text.append(event.getKeyValuePairs()).append('\n');
            }
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return text.toString();
    }
}
