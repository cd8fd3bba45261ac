package org.palermo.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Administrators link provider identities to accounts through the API (OpenID Connect login itself is off in this
 * context; {@code OpenIdConnectLoginIT} signs in for real), and {@link OidcLinks} decides who is who.
 */
class LinkingOidcIdentitiesIT extends ServerTest {

    private final String issuer = "https://id-" + UUID.randomUUID() + ".example.org";
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper mapper;
    @Autowired OidcLinks links;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private MockHttpServletResponse link(String json) throws Exception {
        return mvc.perform(post("/api/v1/admin/oidc-links").with(as(Role.ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    @Test
    void anAdminCreatesAnOidcOnlyAccountWithItsRoleAndTheLinkIsAudited() throws Exception {
        MockHttpServletResponse response = link("""
                {"username": "sam-%s", "role": "SUPERVISOR", "issuer": "%s", "subject": "sub-%s"}"""
                .formatted(suffix, issuer, suffix));

        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode created = mapper.readTree(response.getContentAsString());
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/admin/oidc-links/" + created.get("id").asLong());
        assertThat(accounts.find("sam-" + suffix).orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
        assertThat(links.resolve(issuer, "sub-" + suffix, null, false)).get()
                .extracting(OidcLink::username).isEqualTo("sam-" + suffix);
        assertThat(links.resolve("https://other.example.org", "sub-" + suffix, null, false)).isEmpty();
        assertThat(jdbc.sql("SELECT target FROM audit_log WHERE action = 'oidc.link' AND target LIKE :t")
                .param("t", "%user sam-" + suffix + " issuer " + issuer + " subject sub-" + suffix)
                .query(String.class).list()).hasSize(1);
    }

    @Test
    void anEmailLinkMatchesOnlyAVerifiedAddressAndOnlyItsFirstSubject() throws Exception {
        accounts.create("eli-" + suffix, "a long enough passphrase", Role.CASEWORKER);
        assertThat(link("""
                {"username": "eli-%s", "issuer": "%s", "email": "Eli-%s@Example.org"}"""
                .formatted(suffix, issuer, suffix)).getStatus()).isEqualTo(201);
        String email = "eli-" + suffix + "@example.org";

        assertThat(links.resolve(issuer, "first", email, false)).as("unverified").isEmpty();
        assertThat(links.resolve(issuer, "first", email.toUpperCase(), true)).get()
                .extracting(OidcLink::username).isEqualTo("eli-" + suffix);
        assertThat(links.resolve(issuer, "second", email, true)).as("a later owner of the address").isEmpty();
        assertThat(links.resolve(issuer, "first", "changed@example.org", true)).isPresent();
    }

    @Test
    void anIdentityLinksOneAccountAndAnExistingAccountKeepsItsRole() throws Exception {
        accounts.create("kim-" + suffix, "a long enough passphrase", Role.ANALYST);
        String subject = "kim-sub-" + suffix;
        assertThat(link("""
                {"username": "kim-%s", "issuer": "%s", "subject": "%s"}""".formatted(suffix, issuer, subject))
                .getStatus()).isEqualTo(201);

        MockHttpServletResponse twice = link("""
                {"username": "lee-%s", "role": "ANALYST", "issuer": "%s", "subject": "%s"}"""
                .formatted(suffix, issuer, subject));
        MockHttpServletResponse otherRole = link("""
                {"username": "kim-%s", "role": "ADMIN", "issuer": "%s", "subject": "x-%s"}"""
                .formatted(suffix, issuer, suffix));

        assertThat(twice.getStatus()).isEqualTo(400);
        assertThat(twice.getContentAsString()).contains("is linked to an account already");
        assertThat(accounts.find("lee-" + suffix)).as("rolled back with the refused link").isEmpty();
        assertThat(otherRole.getStatus()).isEqualTo(400);
        assertThat(otherRole.getContentAsString()).contains("exists with role ANALYST");
        assertThat(accounts.find("kim-" + suffix).orElseThrow().role()).isEqualTo(Role.ANALYST);
    }

    @Test
    void removingALinkStopsItsLoginAndKeepsTheAccount() throws Exception {
        JsonNode created = mapper.readTree(link("""
                {"username": "ola-%s", "role": "AUDITOR", "issuer": "%s", "subject": "ola-%s"}"""
                .formatted(suffix, issuer, suffix)).getContentAsString());
        long id = created.get("id").asLong();

        assertThat(mvc.perform(delete("/api/v1/admin/oidc-links/" + id).with(as(Role.ADMIN)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(204);

        assertThat(links.resolve(issuer, "ola-" + suffix, null, false)).isEmpty();
        assertThat(accounts.find("ola-" + suffix)).isPresent();
        assertThat(mvc.perform(delete("/api/v1/admin/oidc-links/" + id).with(as(Role.ADMIN)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void withOidcOffALinkNeedsAnExplicitIssuer() throws Exception {
        MockHttpServletResponse response = link("""
                {"username": "max-%s", "role": "ANALYST", "subject": "max"}""".formatted(suffix));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("/issuer");
    }
}
