package org.palermo.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class PartnerTokensAndBrowserLoginIT extends ServerTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);
    private static final String PASSWORD = "a long enough passphrase";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper mapper;

    private Account account(Role role) {
        return accounts.create(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
                PASSWORD, role);
    }

    /** Each login test comes from its own address, so address locks of one test do not leak into another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "192.0.2." + ADDRESS.incrementAndGet();
    }

    private MvcResult login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(from(address)).with(csrf())
                .param("username", username).param("password", password)).andReturn();
    }

    @Test
    void anAdminIssuesATokenWhoseSecretIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        Account partner = account(Role.PARTNER);
        String request = "{\"username\": \"%s\", \"name\": \"hotline feed\", \"scopes\": [\"ingest\", \"screen\"]}"
                .formatted(partner.username());

        MvcResult result = mvc.perform(post("/api/v1/admin/tokens").with(as(Role.ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isCreated())
                .andReturn();

        JsonNode issued = mapper.readTree(result.getResponse().getContentAsString());
        String secret = issued.get("secret").asText();
        assertThat(secret).startsWith("plm_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :s OR scopes LIKE :like")
                .param("s", secret).param("like", "%" + secret + "%").query(Long.class).single()).isZero();
        mvc.perform(post("/api/v1/screen").header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"draft\", \"body\": \"urgent\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.band").value("high"));
    }

    @Test
    void aTokenDoesOnlyWhatItsScopesAllowEvenWhenItsOwnerMayDoMore() throws Exception {
        IssuedToken ingestOnly = tokens.issue(account(Role.ANALYST), "crawler", EnumSet.of(Scope.INGEST),
                Duration.ofDays(1));

        mvc.perform(post("/api/v1/ads").header("Authorization", "Bearer " + ingestOnly.secret())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"tok-" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/ads").header("Authorization", "Bearer " + ingestOnly.secret()))
                .andExpect(status().isForbidden());
    }

    @Test
    void revokedExpiredAndMadeUpTokensAreRefusedWith401() throws Exception {
        Account partner = account(Role.PARTNER);
        IssuedToken revoked = tokens.issue(partner, "old", EnumSet.of(Scope.SCREEN), Duration.ofDays(1));
        mvc.perform(delete("/api/v1/admin/tokens/" + revoked.id()).with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isNoContent());
        ApiTokens lastYear = new ApiTokens(jdbc, Clock.fixed(Instant.now().minus(Duration.ofDays(365)),
                ZoneOffset.UTC), new SecureRandom());
        IssuedToken expired = lastYear.issue(partner, "expired", EnumSet.of(Scope.SCREEN), Duration.ofDays(30));

        for (String secret : new String[] {revoked.secret(), expired.secret(), "plm_made-up"}) {
            mvc.perform(post("/api/v1/screen").header("Authorization", "Bearer " + secret)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"x\"}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        }
    }

    @Test
    void aPersonSignsInWithTheirPasswordAndTheSessionNeedsTheCsrfTokenToWrite() throws Exception {
        Account analyst = account(Role.ANALYST);
        MvcResult login = login(analyst.username(), PASSWORD, newAddress());
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/console");
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

        mvc.perform(get("/api/v1/session").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(analyst.username()));
        mvc.perform(post("/api/v1/tips").session(session)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"message\": \"seen at the station\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Missing or invalid CSRF token"));
        mvc.perform(post("/api/v1/tips").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"message\": \"seen at the station\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        Account account = account(Role.CASEWORKER);

        assertThat(account.passwordHash()).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void tooManyFailedLoginsLockTheAccountEvenWithTheRightPassword() throws Exception {
        Account analyst = account(Role.ANALYST);
        for (int i = 0; i < 5; i++) {
            assertThat(login(analyst.username(), "wrong password " + i, newAddress()).getResponse()
                    .getRedirectedUrl()).isEqualTo("/login?error");
        }

        MvcResult locked = login(analyst.username(), PASSWORD, newAddress());

        assertThat(locked.getResponse().getStatus()).isEqualTo(429);
        assertThat(locked.getResponse().getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void tooManyFailedLoginsFromOneAddressLockThatAddress() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            login("nobody-" + i, "guess", address);
        }
        Account analyst = account(Role.ANALYST);

        assertThat(login(analyst.username(), PASSWORD, address).getResponse().getStatus()).isEqualTo(429);
        assertThat(login(analyst.username(), PASSWORD, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/console");
    }

    @Test
    void pagesCarrySecurityHeadersAndBrowsersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/swagger-ui.html"))
                .andExpect(redirectedUrl("http://localhost/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
    }

    @Test
    void theLoginPageIsAFormCarryingTheCsrfToken() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("name=\"username\"").contains("name=\"password\"").contains("name=\"_csrf\"");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Palermo API"))
                .andExpect(jsonPath("$.paths['/api/v1/ads/batch'].post").exists());
    }
}
