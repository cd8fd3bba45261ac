package org.palermo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.palermo.app.io.WorldFiles;
import org.palermo.core.ads.Ad;
import org.palermo.core.world.AdTruth;
import org.palermo.core.world.CaseRecord;
import org.palermo.core.world.Tip;
import org.palermo.core.world.WorldGenerator;
import org.palermo.core.world.WorldSettings;
import org.palermo.core.world.WorldSink;
import org.palermo.core.world.WorldSummary;

/**
 * End-to-end driver for the synthetic world generator: generates N ads (to files, or to nothing with
 * {@code --no-files}) and prints wall time, ads/s, MB/s written and the peak heap used.
 *
 * <p>{@code --gc-checkpoints} forces a full GC every quarter of the run and prints the live heap (this slows
 * the run: use it for memory, not for time).
 *
 * <pre>java -Xmx256m -cp bench/target/palermo-bench.jar org.palermo.bench.GenerateBenchmark --ads 1000000 --out /tmp/w</pre>
 */
public final class GenerateBenchmark {

    private GenerateBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int ads = 1_000_000;
        long seed = 1;
        Path out = Path.of("target/generate-benchmark");
        boolean files = true;
        boolean gcCheckpoints = false;
        int days = WorldSettings.defaults().spanDays();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ads" -> ads = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-files" -> files = false;
                case "--gc-checkpoints" -> gcCheckpoints = true;
                case "--days" -> days = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --ads N --seed S --days D --out DIR --no-files --gc-checkpoints)");
            }
        }
        WorldSettings d = WorldSettings.defaults().withAds(ads).withSeed(seed);
        WorldSettings settings = new WorldSettings(d.ads(), d.seed(), d.independentShare(), d.agencyShare(),
                d.controlledShare(), d.countries(), d.obfuscationRate(), d.maxEdits(), d.minorShare(), d.tips(),
                d.people(), d.start(), days);
        HeapAfterGc heap = HeapAfterGc.listen();
        long started = System.nanoTime();
        WorldSummary summary;
        if (files) {
            try (WorldFiles sink = new WorldFiles(out)) {
                summary = WorldGenerator.generate(settings, new Checkpoints(sink, ads / 4, heap, gcCheckpoints));
            }
        } else {
            summary = WorldGenerator.generate(settings, new Checkpoints(new NoSink(), ads / 4, heap, gcCheckpoints));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = files ? size(out) : 0;
        System.out.printf(Locale.ROOT, "ads            %,d (%s)%n", summary.ads(), files ? "written to " + out
                : "not written");
        System.out.printf(Locale.ROOT, "wall time      %.2f s%n", seconds);
        System.out.printf(Locale.ROOT, "throughput     %,.0f ads/s%n", summary.ads() / seconds);
        if (files) {
            System.out.printf(Locale.ROOT, "written        %,.1f MB, %.1f MB/s%n", bytes / 1e6, bytes / 1e6 / seconds);
        }
        System.out.printf(Locale.ROOT, "peak heap used %,.1f MB (sum of pool peaks; max heap %,.0f MB)%n",
                peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "live heap      max %,.1f MB after a GC, %d GCs%n", heap.max / 1e6,
                heap.collections);
        System.out.printf(Locale.ROOT, "networks       %,d, minors %,d, obfuscated ads %,d%n", summary.networks(),
                summary.minors(), summary.obfuscatedAds());
    }

    private static long size(Path directory) throws IOException {
        long total = 0;
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                total += Files.size(path);
            }
        }
        return total;
    }

    /** Sum over heap pools of the peak usage since the JVM started. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Heap in use right after each garbage collection: the live data, which must stay flat in the ads. */
    private static final class HeapAfterGc implements javax.management.NotificationListener {
        static final java.util.Set<String> HEAP_POOLS = heapPools();
        volatile long last;
        volatile long max;
        volatile long collections;

        private static java.util.Set<String> heapPools() {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    names.add(pool.getName());
                }
            }
            return names;
        }

        static HeapAfterGc listen() {
            HeapAfterGc listener = new HeapAfterGc();
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).addNotificationListener(listener, null, null);
            }
            return listener;
        }

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (!notification.getType().equals(
                    com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            com.sun.management.GarbageCollectionNotificationInfo info =
                    com.sun.management.GarbageCollectionNotificationInfo.from(
                            (javax.management.openmbean.CompositeData) notification.getUserData());
            long used = 0;
            for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (HEAP_POOLS.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            last = used;
            max = Math.max(max, used);
            collections++;
        }
    }

    /** Prints the live heap every {@code every} ads. */
    private static final class Checkpoints implements WorldSink {
        private final WorldSink inner;
        private final long every;
        private final HeapAfterGc heap;
        private final boolean fullGc;
        private long ads;

        Checkpoints(WorldSink inner, long every, HeapAfterGc heap, boolean fullGc) {
            this.inner = inner;
            this.every = Math.max(1, every);
            this.heap = heap;
            this.fullGc = fullGc;
        }

        @Override
        public void ad(Ad ad, AdTruth truth) {
            inner.ad(ad, truth);
            if (++ads % every == 0 && fullGc) {
                System.gc();
                System.out.printf(Locale.ROOT, "after %,d ads: live heap after a full GC %,.1f MB%n", ads,
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
            } else if (ads % every == 0) {
                System.out.printf(Locale.ROOT, "after %,d ads: heap after last GC %,.1f MB (max so far %,.1f MB)%n",
                        ads, heap.last / 1e6, heap.max / 1e6);
            }
        }

        @Override
        public void tip(Tip tip) {
            inner.tip(tip);
        }

        @Override
        public void person(CaseRecord person) {
            inner.person(person);
        }
    }

    /** Discards the world: measures generation alone. */
    private static final class NoSink implements WorldSink {
        private long chars;

        @Override
        public void ad(Ad ad, AdTruth truth) {
            chars += ad.body().length();
        }

        @Override
        public void tip(Tip tip) {
        }

        @Override
        public void person(CaseRecord person) {
        }
    }
}
