package org.palermo.bench.linking;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.palermo.app.cli.Palermo;

/**
 * End-to-end linking benchmark: generates a synthetic load of N ads (unless present), links it with
 * {@code palermo link} in this JVM, and prints wall time, ads per second and peak heap. With a batch size M,
 * links the first N - M ads into a state directory, then the last M ads as an incremental batch, and prints
 * the batch's time separately.
 *
 * <p>Usage: {@code java -Xmx4g -cp bench/target/palermo-bench.jar org.palermo.bench.linking.LinkEndToEnd DIR N [M]}
 */
public final class LinkEndToEnd {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int ads = Integer.parseInt(args[1]);
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path input = dir.resolve("ads.jsonl");
        if (!Files.exists(input)) {
            Files.createDirectories(dir);
            new SyntheticLinkLoad(1).write(input, dir.resolve("truth.jsonl"), ads);
        }
        if (batch == 0) {
            run("full", ads, "link", "--input", input.toString(), "--output", dir.resolve("links.jsonl").toString());
            return;
        }
        List<String> lines = Files.readAllLines(input);
        Path base = Files.write(dir.resolve("base.jsonl"), lines.subList(0, lines.size() - batch));
        Path next = Files.write(dir.resolve("batch.jsonl"), lines.subList(lines.size() - batch, lines.size()));
        lines = null;
        Path state = dir.resolve("state");
        run("base", ads - batch, "link", "--input", base.toString(), "--output", dir.resolve("base-links.jsonl").toString(),
                "--state", state.toString());
        run("batch", batch, "link", "--input", next.toString(), "--output", dir.resolve("batch-links.jsonl").toString(),
                "--state", state.toString());
    }

    private static void run(String what, int ads, String... args) {
        resetPeaks();
        long start = System.nanoTime();
        int exit = Palermo.commandLine().execute(args);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d ads in %.2f s = %.0f ads/s, peak heap %.0f MB, exit %d%n",
                what, ads, seconds, ads / seconds, peakHeapBytes() / 1e6, exit);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
