package org.palermo.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.palermo.app.audit.AuditLog;
import org.palermo.app.audit.AuditRecord;
import org.palermo.app.server.PalermoServer;
import org.palermo.app.server.TestServerConfiguration;
import org.palermo.testidp.TestOpenIdProvider;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect login for real: a Spring Authorization Server runs in this JVM on 127.0.0.1, the Palermo server on
 * localhost (two hosts, so their cookies stay apart as in a browser), and {@link Browser} walks the whole
 * authorization-code flow: Palermo redirects to the provider, the person signs in there, the provider redirects
 * back with a code, Palermo redeems it and checks the ID token, then maps the identity to its linked account.
 */
@SpringBootTest(classes = PalermoServer.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:palermo-oidc-it;DB_CLOSE_DELAY=-1")
@ActiveProfiles("h2")
@Import(TestServerConfiguration.class)
class OpenIdConnectLoginIT {

    private static final int PROVIDER_PORT = freePort();
    private static final int PALERMO_PORT = freePort();
    private static final String PALERMO = "http://localhost:" + PALERMO_PORT;
    private static final String ISSUER = TestOpenIdProvider.issuer(PROVIDER_PORT);
    private static final String CLIENT_SECRET = "client secret " + UUID.randomUUID();
    private static ConfigurableApplicationContext provider;

    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper mapper;

    private String adminToken;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        provider = TestOpenIdProvider.start(PROVIDER_PORT, "palermo", CLIENT_SECRET,
                PALERMO + "/login/oauth2/code/oidc",
                List.of("ana", "aude", "stranger", "dora", "eve-mail", "lena", "bea"));
        properties.add("server.port", () -> PALERMO_PORT);
        properties.add("palermo.security.oidc.issuer-uri", () -> ISSUER);
        properties.add("palermo.security.oidc.client-id", () -> "palermo");
        properties.add("palermo.security.oidc.client-secret", () -> CLIENT_SECRET);
        properties.add("palermo.security.oidc.display-name", () -> "Test provider");
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void anAdministrator() {
        if (adminToken == null) {
            Account admin = accounts.create("admin-" + UUID.randomUUID().toString().substring(0, 8),
                    "admin password 123", Role.ADMIN);
            adminToken = tokens.issue(admin, "oidc test", EnumSet.of(Scope.ADMINISTER), Duration.ofHours(1)).secret();
        }
    }

    @Test
    void aPersonLinkedBySubjectSignsInWithTheAccountsRoleOnly() throws Exception {
        assertThat(link("{\"username\": \"ana.analyst\", \"role\": \"ANALYST\", \"subject\": \"ana\"}").statusCode())
                .isEqualTo(201);
        Browser browser = new Browser();

        Browser.Page home = signInThroughProvider(browser, "ana");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.redirects()).anyMatch(uri -> uri.toString().startsWith(ISSUER + "/oauth2/authorize"))
                .anyMatch(uri -> uri.getPath().equals("/login/oauth2/code/oidc"))
                .last().satisfies(uri -> assertThat(uri.toString()).isEqualTo(PALERMO + "/console"));
        JsonNode session = mapper.readTree(browser.get(PALERMO + "/api/v1/session").body());
        assertThat(session.get("username").asText()).isEqualTo("ana.analyst");
        assertThat(session.get("authorities").toString()).contains("ROLE_ANALYST").doesNotContain("ROLE_ADMIN",
                "ROLE_AUDITOR");
        assertThat(browser.get(PALERMO + "/api/v1/ads?size=1").status()).isEqualTo(200);
        assertThat(browser.get(PALERMO + "/api/v1/audit?size=1").status()).isEqualTo(403);
        assertThat(records("login")).anyMatch(r -> r.actor().equals("ana.analyst")
                && r.target().equals("oidc issuer " + ISSUER + " subject ana"));
    }

    @Test
    void aVerifiedEmailLinkIsBoundToTheSubjectOfItsFirstLogin() throws Exception {
        link("{\"username\": \"aude.auditor\", \"role\": \"AUDITOR\", \"email\": \"Aude@IDP.test\"}");
        Browser browser = new Browser();

        signInThroughProvider(browser, "aude");

        assertThat(browser.get(PALERMO + "/api/v1/audit?size=1").status()).isEqualTo(200);
        assertThat(browser.get(PALERMO + "/api/v1/ads?size=1").status()).isEqualTo(403);
        String boundSubject = jdbc.sql("SELECT subject FROM oidc_links WHERE email = 'aude@idp.test'")
                .query(String.class).single();
        assertThat(boundSubject).isEqualTo("aude");
    }

    @Test
    void aPersonWithNoLinkedAccountIsRefusedAndTheRefusalAudited() throws Exception {
        Browser browser = new Browser();

        Browser.Page landing = signInThroughProvider(browser, "stranger");

        assertThat(landing.uri().toString()).isEqualTo(PALERMO + "/login?error");
        assertThat(browser.get(PALERMO + "/api/v1/session").status()).isEqualTo(401);
        assertThat(browser.get(PALERMO + "/api/v1/ads?size=1").status()).isEqualTo(401);
        assertThat(records("login.refused")).anyMatch(r -> r.target()
                .equals("oidc issuer " + ISSUER + " subject stranger: no linked account"));
    }

    @Test
    void aDisabledAccountCannotSignInThroughTheProvider() throws Exception {
        link("{\"username\": \"dora.disabled\", \"role\": \"ANALYST\", \"subject\": \"dora\"}");
        jdbc.sql("UPDATE users SET enabled = FALSE WHERE username = 'dora.disabled'").update();
        Browser browser = new Browser();

        Browser.Page landing = signInThroughProvider(browser, "dora");

        assertThat(landing.uri().toString()).isEqualTo(PALERMO + "/login?error");
        assertThat(browser.get(PALERMO + "/api/v1/session").status()).isEqualTo(401);
        assertThat(records("login.refused")).anyMatch(r -> r.target().endsWith("account dora.disabled is disabled"));
    }

    @Test
    void anEmailTheProviderDoesNotKnowLinksNobody() throws Exception {
        link("{\"username\": \"someone.else\", \"role\": \"ANALYST\", \"email\": \"someone@idp.test\"}");
        Browser browser = new Browser();

        Browser.Page landing = signInThroughProvider(browser, "eve-mail");

        assertThat(landing.uri().toString()).isEqualTo(PALERMO + "/login?error");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM oidc_links WHERE subject = 'eve-mail'").query(Long.class).single())
                .isZero();
    }

    @Test
    void passwordLoginAndApiTokensKeepWorkingBesideIt() throws Exception {
        accounts.create("paula.password", "a long enough passphrase", Role.SUPERVISOR);
        Browser browser = new Browser();
        Browser.Page loginPage = browser.get(PALERMO + "/login");
        assertThat(loginPage.body()).contains("/oauth2/authorization/oidc", "Test provider");

        Browser.Page home = browser.submitLogin(loginPage, "paula.password", "a long enough passphrase");

        assertThat(home.status()).isEqualTo(200);
        JsonNode session = mapper.readTree(browser.get(PALERMO + "/api/v1/session").body());
        assertThat(session.get("username").asText()).isEqualTo("paula.password");
        assertThat(records("login")).anyMatch(r -> r.actor().equals("paula.password") && r.target().equals("password"));
        HttpResponse<String> withToken = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(PALERMO + "/api/v1/session")).header("Authorization", "Bearer " + adminToken).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(browser.setCookieHeaders()).filteredOn(h -> h.startsWith("JSESSIONID="))
                .isNotEmpty().allMatch(h -> h.contains("SameSite=Lax") && h.contains("HttpOnly"));
    }

    @Test
    void linkingNeedsASubjectOrEmailAndAnExistingAccountOrARole() throws Exception {
        HttpResponse<String> neither = link("{\"username\": \"nobody.yet\"}");

        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(neither.body()).contains("no such account; give a role to create it");
        HttpResponse<String> noIdentity = link("{\"username\": \"nobody.yet\", \"role\": \"ANALYST\"}");
        assertThat(noIdentity.statusCode()).isEqualTo(400);
        assertThat(noIdentity.body()).contains("a subject or an e-mail address is required");
        assertThat(accounts.find("nobody.yet")).isEmpty();
    }

    @Test
    void aLoginThroughTheProviderLogsNoSecretCodeOrToken() throws Exception {
        link("{\"username\": \"lena.logs\", \"role\": \"CASEWORKER\", \"subject\": \"lena\"}");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
        Browser browser = new Browser();
        Browser.Page home;
        try {
            home = signInThroughProvider(browser, "lena");
            browser.get(PALERMO + "/api/v1/session");
            signInThroughProvider(new Browser(), "stranger");
        } finally {
            root.detachAppender(captured);
        }

        String code = home.redirects().stream().filter(uri -> uri.getPath().equals("/login/oauth2/code/oidc"))
                .map(uri -> uri.getQuery().replaceAll(".*code=([^&]+).*", "$1")).findFirst().orElseThrow();
        String log = captured.list.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(log).doesNotContain(CLIENT_SECRET, TestOpenIdProvider.PASSWORD, code, "eyJ",
                "lena" + TestOpenIdProvider.EMAIL_DOMAIN);
    }

    /**
     * Chromium applies SameSite rules, and {@code localhost} and {@code 127.0.0.1} are different sites: the provider's
     * redirect back is a cross-site navigation, as with a real provider.
     */
    @Test
    @EnabledIf("chromiumAvailable")
    void aRealBrowserSignsInAcrossSitesAndGetsTheAccountsRole() throws Exception {
        link("{\"username\": \"bea.browser\", \"role\": \"SUPERVISOR\", \"subject\": \"bea\"}");
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            chromium.open(PALERMO + "/swagger-ui.html");
            assertThat(chromium.awaitUrl(url -> url.startsWith(PALERMO + "/login"))).isEqualTo(PALERMO + "/login");
            chromium.click("a[href='/oauth2/authorization/oidc']");
            assertThat(chromium.awaitUrl(url -> url.startsWith(ISSUER + "/login"))).isEqualTo(ISSUER + "/login");
            chromium.type("#username", "bea");
            chromium.type("#password", TestOpenIdProvider.PASSWORD);
            chromium.click("button[type=submit]");

            String landed = chromium.awaitUrl(url -> url.startsWith(PALERMO + "/swagger-ui")
                    || url.startsWith(PALERMO + "/login"));

            assertThat(landed).startsWith(PALERMO + "/swagger-ui");
            assertThat(chromium.cookies()).contains("JSESSIONID Lax");
            chromium.open(PALERMO + "/api/v1/session");
            JsonNode session = mapper.readTree(chromium.text("body"));
            assertThat(session.get("username").asText()).isEqualTo("bea.browser");
            assertThat(session.get("authorities").toString()).contains("ROLE_SUPERVISOR");
        }
    }

    static boolean chromiumAvailable() {
        return HeadlessChromium.available();
    }

    /** From Palermo's "sign in with the provider" link through the provider's login form and back. */
    private static Browser.Page signInThroughProvider(Browser browser, String person)
            throws IOException, InterruptedException {
        Browser.Page providerLogin = browser.get(PALERMO + "/oauth2/authorization/oidc");
        assertThat(providerLogin.uri().toString()).isEqualTo(ISSUER + "/login");
        return browser.submitLogin(providerLogin, person, TestOpenIdProvider.PASSWORD);
    }

    private HttpResponse<String> link(String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PALERMO + "/api/v1/admin/oidc-links"))
                        .header("Authorization", "Bearer " + adminToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<AuditRecord> records(String action) {
        return audit.page(0, 10_000).stream().filter(r -> r.action().equals(action)).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
