package org.palermo.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures sustained ingest through the batch API of a running Palermo server on this machine: synthetic,
 * non-explicit ads in batches from several clients; prints ads/s and batch latency percentiles. Talks only to a
 * loopback address, and stops after the given number of ads.
 *
 * <pre>
 * java -cp bench/target/palermo-bench.jar org.palermo.bench.ServerIngestDriver \
 *     --url http://127.0.0.1:8080 --token plm_... --ads 200000 --batch 1000 --clients 2 --warmup 20000
 * </pre>
 */
public final class ServerIngestDriver {

    private static final String[] CITIES = {"Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Hull", "York"};
    private static final String[] WORDS = {"relaxing", "massage", "companionship", "new", "in", "town", "friendly",
        "discreet", "available", "today", "call", "visit", "evening", "weekend", "central", "studio", "clean", "quiet"};

    private ServerIngestDriver() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the driver only talks to a server on this machine (loopback)");
        }
        String token = options.get("token");
        int ads = Integer.parseInt(options.getOrDefault("ads", "100000"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "1000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "2"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10000"));
        String run = options.getOrDefault("run", Long.toString(System.currentTimeMillis(), 36));

        Result warm = drive(base, token, "warm-" + run, warmup, batch, clients);
        System.out.printf("warm-up: %d ads in %.1f s%n", warm.ads(), warm.seconds());
        Result result = drive(base, token, run, ads, batch, clients);
        long[] latencies = result.latenciesMillis();
        Arrays.sort(latencies);
        System.out.printf("ingest: %d ads in %d batches of %d from %d clients in %.1f s = %.0f ads/s; "
                        + "batch latency p50 %d ms, p99 %d ms, max %d ms; errors %d%n",
                result.ads(), latencies.length, batch, clients, result.seconds(), result.ads() / result.seconds(),
                percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1], result.errors());
        if (result.errors() > 0) {
            System.exit(1);
        }
    }

    record Result(long ads, double seconds, long[] latenciesMillis, long errors) {}

    private static Result drive(URI base, String token, String run, int ads, int batch, int clients)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int batches = (ads + batch - 1) / batch;
        AtomicInteger next = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<Integer, Long> latencies = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    int size = Math.min(batch, ads - b * batch);
                    String body = body(run, b, size);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/ads/batch"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            sent.addAndGet(size);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.put(b, (System.nanoTime() - t0) / 1_000_000);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(sent.get(), seconds, latencies.values().stream().mapToLong(Long::longValue).toArray(),
                errors.get());
    }

    static String body(String run, int batchNumber, int size) {
        Random random = new Random(batchNumber * 31L + run.hashCode());
        StringBuilder out = new StringBuilder(size * 400).append('[');
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ",")
                    .append("{\"source\":\"bench\",\"id\":\"").append(run).append('-').append(batchNumber).append('-')
                    .append(i).append("\",\"title\":\"").append(words(random, 4)).append("\",\"body\":\"")
                    .append(words(random, 40)).append(" call 07700 9").append(100_00 + random.nextInt(90_000))
                    .append("\",\"city\":\"").append(CITIES[random.nextInt(CITIES.length)])
                    .append("\",\"site\":\"site").append(random.nextInt(5)).append("\",\"posted_at\":\"2026-0")
                    .append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                    .append("T12:00:00Z\",\"price\":").append(60 + random.nextInt(140)).append('}');
        }
        return out.append(']').toString();
    }

    private static String words(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("token")) {
            throw new IllegalArgumentException("--token is required (palermo admin create-token --scope ingest)");
        }
        return options;
    }
}
