package org.palermo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.app.security.Role;

/**
 * The demo's server half, for real: a generated world goes in through the batch API, the printed demo logins work
 * through the browser login form, and what an analyst then reads is the world that was ingested.
 */
class StartingTheDemoServerIT {

    @TempDir
    Path dir;

    @Test
    void theDemoServerHoldsTheWorldAndItsPrintedLoginsSignIn() throws Exception {
        int generated = Palermo.commandLine().execute("generate", "--out", dir.toString(), "--ads", "1200",
                "--seed", "5");
        assertThat(generated).isZero();
        StringWriter out = new StringWriter();

        DemoServer.Running running = new DemoServer().start(dir, 0, new PrintWriter(out, true));
        try {
            assertThat(running.ads()).isEqualTo(1200);
            assertThat(running.tips()).isEqualTo(Files.readAllLines(dir.resolve("tips.jsonl")).size());
            assertThat(running.logins()).extracting(DemoServer.Login::role).containsExactlyInAnyOrder(
                    Role.ANALYST, Role.SUPERVISOR, Role.CASEWORKER, Role.AUDITOR, Role.ADMIN, Role.PARTNER);
            assertThat(out.toString()).contains("ingested 1,200 ads through the batch API");

            DemoServer.Login analyst = running.logins().stream().filter(l -> l.role() == Role.ANALYST)
                    .findFirst().orElseThrow();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://localhost:" + running.port();
            signIn(browser, base, analyst);

            HttpResponse<String> queue = browser.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/ads?sort=risk&size=5")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(queue.statusCode()).isEqualTo(200);
            JsonNode items = new ObjectMapper().readTree(queue.body()).path("items");
            assertThat(items).hasSize(5);
            assertThat(items.get(0).path("id").asText()).isNotBlank();
        } finally {
            running.context().close();
        }
    }

    @Test
    void aSecondDemoRunStartsFromAFreshDatabase() throws Exception {
        assertThat(Palermo.commandLine().execute("generate", "--out", dir.toString(), "--ads", "300", "--seed", "6"))
                .isZero();
        new DemoServer().start(dir, 0, new PrintWriter(new StringWriter())).context().close();

        DemoServer.Running again = new DemoServer().start(dir, 0, new PrintWriter(new StringWriter()));
        try {
            assertThat(again.ads()).isEqualTo(300);
            assertThat(again.logins()).hasSize(6);
        } finally {
            again.context().close();
        }
    }

    private static void signIn(HttpClient browser, String base, DemoServer.Login login) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("login page carries a CSRF token").isTrue();
        String form = "username=" + enc(login.username()) + "&password=" + enc(login.password()) + "&_csrf="
                + enc(csrf.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
