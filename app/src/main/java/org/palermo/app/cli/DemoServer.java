package org.palermo.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.palermo.app.security.AccountAdministration;
import org.palermo.app.security.Actor;
import org.palermo.app.security.Role;
import org.palermo.app.security.Scope;
import org.palermo.app.server.DatabaseSettings;
import org.palermo.app.server.PalermoServer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo's server: a fresh embedded database under the demo directory, one demo account per role with a random
 * password, and the synthetic world's ads and tips ingested through the real batch API with a partner token, as a
 * partner system would send them.
 */
final class DemoServer {

    static final int BATCH = 500;
    private static final String REASON = "palermo demo: synthetic world";
    private static final Actor DEMO = Actor.cli("palermo-demo");
    private static final List<Role> ROLES = List.of(Role.ANALYST, Role.SUPERVISOR, Role.CASEWORKER, Role.AUDITOR,
            Role.ADMIN, Role.PARTNER);

    /** A demo account and its password (shown to the person running the demo, never stored in clear). */
    record Login(String username, Role role, String password) {}

    /** The started server. Closing the context stops it. */
    record Running(ConfigurableApplicationContext context, int port, List<Login> logins, int ads, int tips) {
        String url() {
            return "http://localhost:" + port + "/console";
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SecureRandom random = new SecureRandom();

    /**
     * Starts the server on {@code port} (0 for any free port) with a new database in {@code dir/server} (a demo
     * database from an earlier run is deleted: it holds only synthetic data and demo accounts), creates the demo
     * accounts, and ingests {@code dir/ads.jsonl} and {@code dir/tips.jsonl}.
     */
    Running start(Path dir, int port, PrintWriter out) throws IOException, InterruptedException {
        Path dataDir = dir.resolve("server");
        deleteRecursively(dataDir);
        // warnings only: the demo's own lines are what a newcomer should read
        ConfigurableApplicationContext context = PalermoServer.start(port, DatabaseSettings.embedded(dataDir),
                "--logging.level.root=WARN", "--logging.level.org.palermo=WARN");
        try {
            int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
            List<Login> logins = createAccounts(context);
            String token = partnerToken(context);
            String base = "http://localhost:" + actualPort;
            int ads = ingestAds(base, token, dir.resolve("ads.jsonl"), out);
            int tips = ingestTips(base, token, dir.resolve("tips.jsonl"));
            return new Running(context, actualPort, logins, ads, tips);
        } catch (IOException | InterruptedException | RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** Accounts and the partner token through the admin service, so they are audited as an admin's would be. */
    private List<Login> createAccounts(ConfigurableApplicationContext context) {
        AccountAdministration admin = context.getBean(AccountAdministration.class);
        List<Login> logins = new ArrayList<>();
        for (Role role : ROLES) {
            String username = role.name().toLowerCase(Locale.ROOT);
            String password = password();
            admin.create(username, password, role, DEMO);
            logins.add(new Login(username, role, password));
        }
        return logins;
    }

    private String partnerToken(ConfigurableApplicationContext context) {
        return context.getBean(AccountAdministration.class)
                .issue("partner", "demo ingest", EnumSet.of(Scope.INGEST, Scope.TIP), 1, DEMO).secret();
    }

    private int ingestAds(String base, String token, Path ads, PrintWriter out) throws IOException, InterruptedException {
        int sent = 0;
        List<String> batch = new ArrayList<>(BATCH);
        long started = System.nanoTime();
        try (BufferedReader reader = Files.newBufferedReader(ads, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(line);
                if (batch.size() == BATCH) {
                    sent += post(base + "/api/v1/ads/batch", token, "[" + String.join(",", batch) + "]", batch.size());
                    batch.clear();
                    out.printf(Locale.ROOT, "\r  ingested %,d ads", sent);
                    out.flush();
                }
            }
        }
        if (!batch.isEmpty()) {
            sent += post(base + "/api/v1/ads/batch", token, "[" + String.join(",", batch) + "]", batch.size());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "\r  ingested %,d ads through the batch API in %.1f s (screened and linked on ingest)%n",
                sent, seconds);
        return sent;
    }

    private int ingestTips(String base, String token, Path tips) throws IOException, InterruptedException {
        if (!Files.exists(tips)) {
            return 0;
        }
        int sent = 0;
        for (String line : Files.readAllLines(tips, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode tip = json.readTree(line);
            ObjectNode request = json.createObjectNode()
                    .put("message", tip.path("text").asText())
                    .put("channel", tip.path("channel").asText("web"));
            sent += post(base + "/api/v1/tips", token, json.writeValueAsString(request), 1);
        }
        return sent;
    }

    private int post(String url, String token, String body, int count) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("X-Palermo-Reason", REASON)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("demo ingest: " + url + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return count;
    }

    /** Four groups of four characters from an alphabet without look-alikes: about 80 bits, easy to type. */
    private String password() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
