package org.palermo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.palermo.core.identifiers.IdentifierExtractor;

/**
 * Extraction throughput on one thread, measured in thread CPU time as well as wall time, so that a figure taken
 * on a shared, busy machine still says what one core does. Prints ads/s and MB/s (UTF-8) per round; the last
 * rounds are the warmed-up figure. Run:
 * {@code java -cp bench/target/palermo-bench.jar org.palermo.bench.ExtractThroughput [rounds]}
 */
public final class ExtractThroughput {

    private static final int ADS = 1000;
    private static final int PASSES = 20;

    private ExtractThroughput() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<String> ads = SyntheticAdTexts.generate(ADS, 42L);
        long bytes = ads.stream().mapToLong(ad -> ad.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "%d ads, %.0f UTF-8 bytes per ad%n", ADS, (double) bytes / ADS);
        IdentifierExtractor extractor = new IdentifierExtractor();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long found = 0;
        for (int round = 1; round <= rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int pass = 0; pass < PASSES; pass++) {
                for (String ad : ads) {
                    found += extractor.extract(ad, "US").size();
                }
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double perAd = ADS * PASSES;
            System.out.printf(Locale.ROOT, "round %2d: %8.0f ads/s %6.1f MB/s (CPU time)   %8.0f ads/s (wall)%n", round,
                    perAd / cpuSeconds, bytes * PASSES / cpuSeconds / 1e6, perAd / wallSeconds);
        }
        System.out.println("identifiers found: " + found);
    }
}
