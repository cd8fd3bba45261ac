package org.palermo.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop load on the stateless screen endpoint of a server on this machine: requests leave at a fixed rate
 * whatever the answers do, and each latency is counted from the moment its request was due (so a slow server
 * cannot hide its queueing). Prints throughput, p50/p99/p99.9/max and errors.
 *
 * <pre>
 * java -cp bench/target/palermo-bench.jar org.palermo.bench.ScreenLoadDriver \
 *     --url http://127.0.0.1:8080 --token plm_... --rate 500 --seconds 30 --warmup 10
 * </pre>
 */
public final class ScreenLoadDriver {

    private ScreenLoadDriver() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the driver only talks to a server on this machine (loopback)");
        }
        String token = options.get("token");
        if (token == null) {
            throw new IllegalArgumentException("--token is required (palermo admin create-token --scope screen)");
        }
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, base, token, rate, warmup, "warm-up");
        run(http, base, token, rate, seconds, "screen");
    }

    private static void run(HttpClient http, URI base, String token, int rate, int seconds, String label)
            throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger done = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            // send every request that is due by now (catches up if the ticker was late)
            for (int i = next.get(); i < total && start + i * periodNanos <= now; i = next.incrementAndGet()) {
                int index = i;
                long due = start + index * periodNanos;
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/screen"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"draft-" + index + "\",\"title\":"
                                + "\"Relaxing massage\",\"body\":\"new in town, friendly and discreet, call 07700 900"
                                + (100 + index % 900) + "\",\"city\":\"Leeds\"}"))
                        .build();
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    latencies[index] = System.nanoTime() - due;
                    if (failure != null || response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    done.incrementAndGet();
                    finished.countDown();
                });
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        boolean complete = finished.await(seconds + 30L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        System.out.printf("%s: %d of %d requests at %d/s in %.1f s (%.0f/s); latency p50 %.2f ms, p99 %.2f ms, "
                        + "p99.9 %.2f ms, max %.2f ms; errors %d%s%n",
                label, done.get(), total, rate, elapsed, done.get() / elapsed, ms(sorted, 0.50), ms(sorted, 0.99),
                ms(sorted, 0.999), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, errors.get(),
                complete ? "" : " (timed out waiting for answers)");
    }

    private static double ms(long[] sorted, double p) {
        return sorted.length == 0 ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
