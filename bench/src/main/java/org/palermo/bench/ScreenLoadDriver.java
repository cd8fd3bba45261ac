package org.palermo.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load on the stateless screen endpoint of a server on this machine: request {@code i} is due at
 * {@code start + i / rate} whatever the answers do, and its latency is counted from that due time, not from when
 * it was actually sent (so neither a slow server nor a late driver can hide queueing: no coordinated omission).
 * Prints throughput, p50/p99/p99.9/max and errors, how late the driver itself sent (its own queueing, reported
 * separately), and with {@code --server-pid} the server's CPU time per request (Linux {@code /proc}), which is
 * the steadier figure on a shared machine.
 *
 * <pre>
 * java -cp bench/target/palermo-bench.jar org.palermo.bench.ScreenLoadDriver \
 *     --url http://127.0.0.1:8080 --token plm_... --rate 500 --seconds 30 --warmup 30 [--server-pid PID]
 * </pre>
 * Only loopback addresses are accepted; every run is bounded by its request count and a timeout.
 */
public final class ScreenLoadDriver {

    private ScreenLoadDriver() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
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
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "1"));
        String serverPid = options.get("server-pid");
        // Answers are handled on two threads of our own (the default executor grows a thread per burst).
        ExecutorService answers = Executors.newFixedThreadPool(2, daemon("answers"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(answers).build();
        if (warmup > 0) {
            run(http, base, token, rate, warmup, "warm-up", serverPid);
        }
        for (int r = 1; r <= runs; r++) {
            run(http, base, token, rate, seconds, runs == 1 ? "screen" : "screen run " + r, serverPid);
        }
        answers.shutdownNow();
    }

    private static void run(HttpClient http, URI base, String token, int rate, int seconds, String label,
            String serverPid) throws InterruptedException, IOException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        long[] sendLag = new long[total];
        Arrays.fill(latencies, -1);
        AtomicLong errors = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(total);
        URI uri = base.resolve("/api/v1/screen");
        long cpuBefore = cpuTicks(serverPid);
        long start = System.nanoTime() + 10_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            sendLag[index] = System.nanoTime() - due;
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(draft(index)))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - due;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                finished.countDown();
            });
        }
        boolean complete = finished.await(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpuAfter = cpuTicks(serverPid);
        long[] sorted = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        long[] lag = Arrays.stream(sendLag).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: %d of %d requests at %d/s in %.1f s (%.0f/s); latency from due time "
                        + "p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; errors %d%s; driver send lag "
                        + "p99 %.2f ms, max %.2f ms%s%n",
                label, sorted.length, total, rate, elapsed, sorted.length / elapsed, ms(sorted, 0.50),
                ms(sorted, 0.99), ms(sorted, 0.999), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                errors.get() + (total - sorted.length), complete ? "" : " (timed out waiting for answers)",
                ms(lag, 0.99), lag[lag.length - 1] / 1e6,
                serverPid == null ? "" : String.format(Locale.ROOT, "; server CPU %.2f ms per request",
                        (cpuAfter - cpuBefore) * 10.0 / total));
    }

    private static String draft(int index) {
        return "{\"id\":\"draft-" + index + "\",\"title\":\"Relaxing massage\",\"body\":\"new in town, friendly "
                + "and discreet, call 07700 900" + (100 + index % 900) + "\",\"city\":\"Leeds\"}";
    }

    /** User + system CPU of a process in clock ticks (100 per second on Linux), or 0 without a pid. */
    private static long cpuTicks(String pid) throws IOException {
        if (pid == null) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static double ms(long[] sorted, double p) {
        return sorted.length == 0 ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
