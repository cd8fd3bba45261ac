package org.palermo.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.app.security.Accounts;
import org.palermo.app.security.ApiTokens;
import org.palermo.app.security.Role;
import org.palermo.app.security.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Durable ingest, for real: a server process on the embedded H2 file database takes batches from a partner, is
 * killed with SIGKILL while batches are in flight, and is started again on the same files. Every ad whose batch
 * was acknowledged is there exactly once, with its screening result and link (the test pipeline of
 * {@link TestServerConfiguration} is on this classpath), and the audit chain is intact.
 */
class SurvivingSigkillIT {

    private static final int BATCH = 100;

    @TempDir Path dataDir;

    @Test
    void everyAcknowledgedAdSurvivesAKillMidStreamExactlyOnceWithItsScreening() throws Exception {
        String token = partnerToken();
        int port = freePort();
        Process server = start(port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> senders = new ArrayList<>();
        try {
            awaitHealthy(port);
            for (int t = 0; t < 2; t++) {
                int sender = t;
                Thread thread = new Thread(() -> send(port, token, "s" + sender, acknowledged, stop));
                thread.start();
                senders.add(thread);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acknowledged.size() < 20 * BATCH && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful anything
            server.waitFor();
        } finally {
            stop.set(true);
            for (Thread thread : senders) {
                thread.join(10_000);
            }
            server.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(20 * BATCH);

        Process again = start(port);
        try {
            awaitHealthy(port);
        } finally {
            again.destroy();
            again.waitFor();
        }

        JdbcTemplate jdbc = new JdbcTemplate(Database.open(DatabaseSettings.embedded(dataDir)));
        Map<String, Long> stored = new ConcurrentHashMap<>();
        jdbc.query("SELECT external_id, COUNT(*) AS n FROM ads GROUP BY external_id",
                rs -> { stored.put(rs.getString("external_id"), rs.getLong("n")); });
        System.out.printf("SurvivingSigkillIT: %d ads acknowledged before SIGKILL, %d stored after restart%n",
                acknowledged.size(), stored.size());
        assertThat(stored.keySet()).containsAll(acknowledged);
        assertThat(stored.values()).allMatch(n -> n == 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ads a WHERE NOT EXISTS (SELECT 1 FROM screening_results s "
                + "WHERE s.ad_id = a.id) OR NOT EXISTS (SELECT 1 FROM ad_links l WHERE l.ad_id = a.id)", Long.class))
                .isZero();
        assertThat(new org.palermo.app.audit.AuditVerifier(jdbc).verify().isIntact()).isTrue();
    }

    private String partnerToken() {
        DataSource dataSource = Database.open(DatabaseSettings.embedded(dataDir));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Accounts accounts = new Accounts(jdbc, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), Clock.systemUTC());
        return new ApiTokens(jdbc, Clock.systemUTC(), new SecureRandom())
                .issue(accounts.create("feed", "a long enough passphrase", Role.PARTNER), "feed",
                        EnumSet.of(Scope.INGEST), Duration.ofDays(1))
                .secret();
    }

    private Process start(int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ServerWithTestPipeline.class.getName(),
                "--server.port=" + port, "--logging.level.root=WARN");
        builder.environment().put("PALERMO_DATA_DIR", dataDir.toString());
        builder.environment().remove("PALERMO_DB_URL");
        builder.redirectErrorStream(true);
        builder.redirectOutput(Files.createTempFile(dataDir, "server", ".log").toFile());
        return builder.start();
    }

    private static void send(int port, String token, String sender, Set<String> acknowledged, AtomicBoolean stop) {
        HttpClient client = HttpClient.newHttpClient();
        for (int batch = 0; !stop.get(); batch++) {
            List<String> ids = new ArrayList<>();
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < BATCH; i++) {
                String id = sender + "-" + batch + "-" + i;
                ids.add(id);
                body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id)
                        .append("\",\"title\":\"Companionship\",\"body\":\"urgent, new in town\",\"city\":\"Leeds\"}");
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/ads/batch"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body.append("]").toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    acknowledged.addAll(ids);
                }
            } catch (IOException e) {
                return; // the server is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void awaitHealthy(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not become healthy on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
