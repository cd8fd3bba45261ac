package org.palermo.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Token holders are cached for a few seconds; revocation and expiry must still take effect. */
class CachedTokensIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    private Account partner() {
        return accounts.create("cache-" + UUID.randomUUID().toString().substring(0, 8), "a long enough passphrase",
                Role.PARTNER);
    }

    private ResultActions screen(String secret) throws Exception {
        return mvc.perform(post("/api/v1/screen").header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"draft\", \"body\": \"hello\"}"));
    }

    @Test
    void aTokenInUseIsRefusedAsSoonAsItIsRevoked() throws Exception {
        IssuedToken token = tokens.issue(partner(), "feed", EnumSet.of(Scope.SCREEN), Duration.ofDays(1));
        screen(token.secret()).andExpect(status().isOk());
        screen(token.secret()).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/admin/tokens/" + token.id()).with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isNoContent());

        screen(token.secret()).andExpect(status().isUnauthorized());
    }

    @Test
    void aCachedTokenIsRefusedOnceItExpires() {
        HandClock clock = new HandClock(Instant.parse("2026-01-01T00:00:00Z"));
        ApiTokens cached = new ApiTokens(jdbc, clock, new SecureRandom(), Duration.ofHours(1));
        IssuedToken token = cached.issue(partner(), "short", EnumSet.of(Scope.SCREEN), Duration.ofMinutes(10));
        assertThat(cached.authenticate(token.secret())).isPresent();

        clock.now = clock.now.plus(Duration.ofMinutes(11));

        assertThat(cached.authenticate(token.secret())).isEmpty();
    }

    @Test
    void aChangeMadeOutsideThisProcessIsSeenAfterTheCacheTtl() {
        HandClock clock = new HandClock(Instant.now());
        ApiTokens cached = new ApiTokens(jdbc, clock, new SecureRandom(), Duration.ofSeconds(5));
        IssuedToken token = cached.issue(partner(), "elsewhere", EnumSet.of(Scope.SCREEN), Duration.ofDays(1));
        assertThat(cached.authenticate(token.secret())).isPresent();
        jdbc.sql("UPDATE api_tokens SET revoked_at = expires_at WHERE id = :id").param("id", token.id()).update();

        assertThat(cached.authenticate(token.secret())).as("within the TTL").isPresent();
        clock.now = clock.now.plusSeconds(6);
        assertThat(cached.authenticate(token.secret())).as("after the TTL").isEmpty();
    }
}
