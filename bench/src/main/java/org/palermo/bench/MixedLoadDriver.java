package org.palermo.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * Closed-loop mixed load on a Palermo server on this machine: N clients, each sending its next request as soon as
 * the last one is answered, for a fixed time, mixing single-ad ingest (partner token), search (analyst token) and
 * the stateless screen endpoint (partner token). Prints throughput, p50/p99/max and errors per operation.
 *
 * <pre>
 * java -cp bench/target/palermo-bench.jar org.palermo.bench.MixedLoadDriver --url http://127.0.0.1:8080 \
 *     --partner-token plm_... --analyst-token plm_... --clients 200 --seconds 60 [--ingest 0.3 --search 0.3]
 * </pre>
 * Only loopback addresses are accepted; the run is bounded by --seconds and stops by itself.
 */
public final class MixedLoadDriver {

    private static final String[] OPERATIONS = {"ingest", "search", "screen"};
    private static final String[] CITIES = {"Leeds", "Denver", "Toronto", "Dublin", "Perth"};
    private static final String[] WORDS = {"discreet", "massage", "companionship", "friendly", "visiting"};

    private MixedLoadDriver() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the driver only talks to a server on this machine (loopback)");
        }
        String partner = required(options, "partner-token");
        String analyst = required(options, "analyst-token");
        int clients = Integer.parseInt(options.getOrDefault("clients", "200"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        double ingestShare = Double.parseDouble(options.getOrDefault("ingest", "0.3"));
        double searchShare = Double.parseDouble(options.getOrDefault("search", "0.3"));
        String runId = Long.toString(System.currentTimeMillis(), 36);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Client[] all = new Client[clients];
        CountDownLatch finished = new CountDownLatch(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(c, http, base, partner, analyst, runId, ingestShare, searchShare);
            all[c] = client;
            Thread thread = new Thread(() -> {
                try {
                    client.runUntil(end);
                } finally {
                    finished.countDown();
                }
            }, "client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        report(all, clients, elapsed);
    }

    private static void report(Client[] all, int clients, double elapsed) {
        long totalRequests = 0;
        long totalErrors = 0;
        System.out.printf(Locale.ROOT, "%d clients for %.1f s%n", clients, elapsed);
        for (int op = 0; op < OPERATIONS.length; op++) {
            List<Long> merged = new ArrayList<>();
            long errors = 0;
            for (Client client : all) {
                merged.addAll(client.latencies.get(op));
                errors += client.errors[op];
            }
            long[] sorted = merged.stream().mapToLong(Long::longValue).sorted().toArray();
            totalRequests += sorted.length;
            totalErrors += errors;
            System.out.printf(Locale.ROOT, "%-7s %8d requests %8.1f/s  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms"
                            + "  errors %d%n", OPERATIONS[op], sorted.length, sorted.length / elapsed,
                    ms(sorted, 0.50), ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    errors);
        }
        System.out.printf(Locale.ROOT, "all     %8d requests %8.1f/s  errors %d%n", totalRequests,
                totalRequests / elapsed, totalErrors);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required (palermo admin create-token)");
        }
        return value;
    }

    private static double ms(long[] sorted, double p) {
        return sorted.length == 0 ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** One simulated caller: its own random stream, its own latency lists (no sharing while running). */
    private static final class Client {
        final List<List<Long>> latencies = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        final long[] errors = new long[OPERATIONS.length];
        private final int number;
        private final HttpClient http;
        private final URI base;
        private final String partner;
        private final String analyst;
        private final String runId;
        private final double ingestShare;
        private final double searchShare;
        private final SplittableRandom random;
        private int sent;

        Client(int number, HttpClient http, URI base, String partner, String analyst, String runId,
                double ingestShare, double searchShare) {
            this.number = number;
            this.http = http;
            this.base = base;
            this.partner = partner;
            this.analyst = analyst;
            this.runId = runId;
            this.ingestShare = ingestShare;
            this.searchShare = searchShare;
            this.random = new SplittableRandom(number);
        }

        void runUntil(long end) {
            while (System.nanoTime() < end) {
                double draw = random.nextDouble();
                int op = draw < ingestShare ? 0 : draw < ingestShare + searchShare ? 1 : 2;
                HttpRequest request = request(op);
                long begin = System.nanoTime();
                boolean ok;
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    ok = response.statusCode() / 100 == 2;
                } catch (java.io.IOException e) {
                    ok = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                latencies.get(op).add(System.nanoTime() - begin);
                if (!ok) {
                    errors[op]++;
                }
            }
        }

        private HttpRequest request(int op) {
            String city = CITIES[random.nextInt(CITIES.length)];
            String word = WORDS[random.nextInt(WORDS.length)];
            HttpRequest.Builder builder;
            if (op == 1) {
                builder = HttpRequest.newBuilder(base.resolve("/api/v1/ads?size=20&city="
                                + URLEncoder.encode(city, StandardCharsets.UTF_8) + "&q=" + word))
                        .header("Authorization", "Bearer " + analyst)
                        .header("X-Palermo-Reason", "load test")
                        .GET();
            } else {
                String id = runId + "-" + number + "-" + sent++;
                String body = "{\"source\":\"load\",\"id\":\"" + id + "\",\"title\":\"" + word + " in " + city
                        + "\",\"body\":\"Hi, " + word + " and relaxing, call 07700 900" + (100 + random.nextInt(900))
                        + "\",\"city\":\"" + city + "\",\"price\":" + (80 + random.nextInt(150)) + "}";
                builder = HttpRequest.newBuilder(base.resolve(op == 0 ? "/api/v1/ads" : "/api/v1/screen"))
                        .header("Authorization", "Bearer " + partner)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            }
            return builder.timeout(Duration.ofSeconds(30)).build();
        }
    }
}
