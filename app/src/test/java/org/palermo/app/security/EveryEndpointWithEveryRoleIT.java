package org.palermo.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermo.app.server.Callers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.palermo.app.server.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization table, checked for real: every API endpoint is called by every role and by an anonymous
 * caller, and must answer allow (anything but 401/403) or deny (403; 401 when anonymous, or for a console page a
 * redirect to the login page) exactly as the table says. A new API endpoint or console page that is missing from
 * the table fails {@link #theTableCoversEveryApiEndpoint}.
 */
class EveryEndpointWithEveryRoleIT extends ServerTest {

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Rule(HttpMethod method, String pattern, String example, Set<Role> allowed) {}

    static final Set<Role> READERS = EnumSet.of(Role.ANALYST, Role.CASEWORKER, Role.SUPERVISOR);
    static final Set<Role> SCREENERS = EnumSet.of(Role.ANALYST, Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER);

    static final List<Rule> TABLE = List.of(
            new Rule(HttpMethod.POST, "/api/v1/ads", "/api/v1/ads", EnumSet.of(Role.ANALYST, Role.PARTNER)),
            new Rule(HttpMethod.POST, "/api/v1/ads/batch", "/api/v1/ads/batch", EnumSet.of(Role.ANALYST, Role.PARTNER)),
            new Rule(HttpMethod.GET, "/api/v1/ads", "/api/v1/ads?size=0", READERS),
            new Rule(HttpMethod.GET, "/api/v1/ads/{id}", "/api/v1/ads/987654321", READERS),
            new Rule(HttpMethod.POST, "/api/v1/ads/{id}/reveal", "/api/v1/ads/987654321/reveal", READERS),
            new Rule(HttpMethod.GET, "/api/v1/networks", "/api/v1/networks?size=0", READERS),
            new Rule(HttpMethod.GET, "/api/v1/networks/{id}", "/api/v1/networks/n987654321", READERS),
            new Rule(HttpMethod.POST, "/api/v1/screen", "/api/v1/screen", SCREENERS),
            new Rule(HttpMethod.POST, "/api/v1/tips", "/api/v1/tips", SCREENERS),
            new Rule(HttpMethod.POST, "/api/v1/ads/{id}/labels", "/api/v1/ads/987654321/labels",
                    EnumSet.of(Role.ANALYST, Role.SUPERVISOR)),
            new Rule(HttpMethod.POST, "/api/v1/networks/{id}/labels", "/api/v1/networks/n/labels",
                    EnumSet.of(Role.ANALYST, Role.SUPERVISOR)),
            new Rule(HttpMethod.GET, "/api/v1/labels/evaluation", "/api/v1/labels/evaluation", READERS),
            new Rule(HttpMethod.GET, "/api/v1/labels/export", "/api/v1/labels/export",
                    EnumSet.of(Role.ANALYST, Role.SUPERVISOR)),
            new Rule(HttpMethod.POST, "/api/v1/saved-searches", "/api/v1/saved-searches", READERS),
            new Rule(HttpMethod.GET, "/api/v1/saved-searches", "/api/v1/saved-searches?size=0", READERS),
            new Rule(HttpMethod.GET, "/api/v1/saved-searches/{id}", "/api/v1/saved-searches/987654321", READERS),
            new Rule(HttpMethod.DELETE, "/api/v1/saved-searches/{id}", "/api/v1/saved-searches/987654321", READERS),
            new Rule(HttpMethod.GET, "/api/v1/alerts", "/api/v1/alerts?size=0", READERS),
            new Rule(HttpMethod.GET, "/api/v1/alerts/unseen-count", "/api/v1/alerts/unseen-count", READERS),
            new Rule(HttpMethod.POST, "/api/v1/alerts/{id}/seen", "/api/v1/alerts/987654321/seen", READERS),
            new Rule(HttpMethod.POST, "/api/v1/alerts/seen", "/api/v1/alerts/seen", READERS),
            new Rule(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit?size=0", EnumSet.of(Role.AUDITOR)),
            new Rule(HttpMethod.GET, "/api/v1/session", "/api/v1/session", EnumSet.allOf(Role.class)),
            new Rule(HttpMethod.POST, "/api/v1/admin/users", "/api/v1/admin/users", EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.POST, "/api/v1/admin/tokens", "/api/v1/admin/tokens", EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.DELETE, "/api/v1/admin/tokens/{id}", "/api/v1/admin/tokens/987654321",
                    EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.POST, "/api/v1/admin/oidc-links", "/api/v1/admin/oidc-links", EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.DELETE, "/api/v1/admin/oidc-links/{id}", "/api/v1/admin/oidc-links/987654321",
                    EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.GET, "/actuator/prometheus", "/actuator/prometheus", EnumSet.of(Role.ADMIN)),
            // the web console's pages (anonymous callers are sent to the login page instead of a 401)
            new Rule(HttpMethod.GET, "/console", "/console", EnumSet.allOf(Role.class)),
            new Rule(HttpMethod.GET, "/console/networks", "/console/networks", READERS),
            new Rule(HttpMethod.GET, "/console/networks/{id}", "/console/networks/n987654321", READERS),
            new Rule(HttpMethod.GET, "/console/networks/{id}/neighbours",
                    "/console/networks/n987654321/neighbours?node=a1", READERS),
            new Rule(HttpMethod.GET, "/console/alerts", "/console/alerts", READERS),
            new Rule(HttpMethod.POST, "/console/alerts/searches", "/console/alerts/searches", READERS),
            new Rule(HttpMethod.POST, "/console/alerts/searches/{id}/delete", "/console/alerts/searches/987654321/delete",
                    READERS),
            new Rule(HttpMethod.POST, "/console/alerts/{id}/seen", "/console/alerts/987654321/seen", READERS),
            new Rule(HttpMethod.POST, "/console/alerts/seen", "/console/alerts/seen", READERS),
            new Rule(HttpMethod.GET, "/console/audit", "/console/audit", EnumSet.of(Role.AUDITOR)),
            new Rule(HttpMethod.GET, "/console/admin", "/console/admin", EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.POST, "/console/admin/users", "/console/admin/users", EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.POST, "/console/admin/users/{id}/enabled",
                    "/console/admin/users/987654321/enabled?enabled=true", EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.POST, "/console/admin/users/{id}/role", "/console/admin/users/987654321/role",
                    EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.POST, "/console/admin/tokens", "/console/admin/tokens", EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.POST, "/console/admin/tokens/{id}/revoke", "/console/admin/tokens/987654321/revoke",
                    EnumSet.of(Role.ADMIN)),
            new Rule(HttpMethod.GET, "/console/queue", "/console/queue", READERS),
            new Rule(HttpMethod.POST, "/console/queue/ads/{id}/label", "/console/queue/ads/987654321/label",
                    EnumSet.of(Role.ANALYST, Role.SUPERVISOR)),
            new Rule(HttpMethod.POST, "/console/queue/networks/{id}/label", "/console/queue/networks/n/label",
                    EnumSet.of(Role.ANALYST, Role.SUPERVISOR)),
            new Rule(HttpMethod.GET, "/console/ads/{id}", "/console/ads/987654321", READERS),
            new Rule(HttpMethod.POST, "/console/ads/{id}/reveal", "/console/ads/987654321/reveal", READERS),
            new Rule(HttpMethod.GET, "/console/search", "/console/search", READERS));

    private MockHttpServletRequestBuilder call(Rule rule) {
        // a well-formed body that every endpoint reads; requests that pass authorization then fail validation
        return request(rule.method(), rule.example()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}");
    }

    @Test
    void everyRoleIsAllowedOrDeniedExactlyAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : TABLE) {
            for (Role role : Role.values()) {
                int status = mvc.perform(call(rule).with(as(role))).andReturn().getResponse().getStatus();
                boolean allowed = status != 401 && status != 403;
                if (allowed != rule.allowed().contains(role) || status >= 500) {
                    wrong.add(rule.method() + " " + rule.pattern() + " as " + role + " -> " + status);
                }
            }
        }
        assertThat(wrong).as("endpoints whose answer contradicts the table").isEmpty();
    }

    @Test
    void anonymousCallersAreAskedToAuthenticateEverywhere() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : TABLE) {
            var response = mvc.perform(call(rule)).andReturn().getResponse();
            boolean page = rule.pattern().startsWith("/console");
            boolean asked = page
                    ? response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login")
                    : response.getStatus() == 401;
            if (!asked) {
                wrong.add(rule.method() + " " + rule.pattern() + " -> " + response.getStatus());
            }
        }
        assertThat(mvc.perform(request(HttpMethod.GET, "/login")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(wrong).isEmpty();
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/health")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void theTableCoversEveryApiEndpoint() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/console")) {
                    info.getMethodsCondition().getMethods().forEach(m -> served.add(m + " " + pattern));
                }
            }
        });
        Set<String> tabled = new TreeSet<>();
        TABLE.stream().filter(r -> r.pattern().startsWith("/api/") || r.pattern().startsWith("/console"))
                .forEach(r -> tabled.add(r.method() + " " + r.pattern()));
        assertThat(tabled).isEqualTo(served);
    }
}
