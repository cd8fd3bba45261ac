package org.palermo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.palermo.core.ads.Ad;
import org.palermo.core.screening.IdentifierSource;
import org.palermo.core.screening.MarketPrices;
import org.palermo.core.screening.Screener;

/**
 * Screening throughput per core measured in CPU time of the screening thread, so that the figure holds on a machine
 * shared with other work (where JMH's wall-clock figures vary with the load). Same corpora as
 * {@link ScreenBenchmark}; {@code -Dpalermo.extract=false} leaves identifier extraction out. Prints ads and MB per CPU-second for each of 5 rounds after 5 warm-up rounds.
 *
 * <p>Run: {@code java -cp bench/target/palermo-bench.jar org.palermo.bench.ScreenCpuThroughput [dig-ads|world]}
 * from the repository root ({@code -Dpalermo.world.ads=FILE} for the world).
 */
public final class ScreenCpuThroughput {

    private ScreenCpuThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String corpus = args.length > 0 ? args[0] : "dig-ads";
        List<Ad> ads = corpus.equals("world") ? ScreenBenchmark.worldAds() : ScreenBenchmark.digAds();
        if (ads.isEmpty()) {
            throw new IllegalStateException("no ads for corpus " + corpus);
        }
        long bytes = 0;
        for (Ad ad : ads) {
            bytes += ad.text().getBytes(StandardCharsets.UTF_8).length;
        }
        boolean extract = !"false".equals(System.getProperty("palermo.extract"));
        Screener screener = Screener.defaults(
                extract ? ScreenBenchmark.identifiers() : IdentifierSource.none(), MarketPrices.none());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "corpus %s: %d ads, mean %.0f bytes, identifier extraction %s%n", corpus,
                ads.size(), (double) bytes / ads.size(), extract ? "on" : "off (-Dpalermo.extract=false)");
        long sink = 0;
        for (int round = -5; round < 5; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            int screened = 0;
            while (threads.getCurrentThreadCpuTime() - cpu0 < 2_000_000_000L) {
                for (Ad ad : ads) {
                    sink += screener.screen(ad).indicators().size();
                }
                screened += ads.size();
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            if (round >= 0) {
                double rounds = (double) screened / ads.size();
                System.out.printf(Locale.ROOT, "round %d: %,.0f ads per CPU-second, %.1f MB per CPU-second "
                        + "(wall: %,.0f ads/s)%n", round, screened / cpu, rounds * bytes / cpu / 1e6, screened / wall);
            }
        }
        System.out.println("(checksum " + sink + ")");
    }
}
