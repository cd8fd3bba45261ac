package org.palermo.bench.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.palermo.core.ads.Ad;
import org.palermo.core.linking.LinkIndex;
import org.palermo.core.linking.LinkInput;
import org.palermo.core.linking.LinkSettings;
import org.palermo.core.linking.Linker;
import org.palermo.core.linking.MinHash;
import org.palermo.core.linking.PreparedAd;
import org.palermo.core.linking.Shingles;
import org.palermo.core.linking.UnionFind;

/**
 * Inner loops of linking: shingling one ad, its MinHash band keys, linking a batch of prepared ads into
 * templates (LSH buckets + verification), and union-find over a million elements.
 * Run: {@code java -jar bench/target/palermo-bench.jar LinkingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LinkingBenchmark {

    private static final String AD = "Hi I'm Anna, 23. Sweet friendly companionship downtown near the hotel, quiet "
            + "private place, gentlemen only, book ahead please. Relax and unwind, treat yourself, rates vary, ask "
            + "details. Open minded, polite and kind, caring and attentive. Visiting town this week only, short stay."
            + " In Riverton this week, call 555-201-3344";

    @Param("10000")
    int batch;

    private final LinkSettings settings = LinkSettings.defaults();
    private final MinHash minHash = MinHash.of(settings);
    private int[] shingles;
    private List<PreparedAd> prepared;
    private int[] pairs;

    @Setup(Level.Trial)
    public void setUp() {
        shingles = Shingles.of(AD, List.of(), "Riverton", settings.maxShingles());
        SplittableRandom random = new SplittableRandom(3);
        Linker linker = new Linker(new LinkIndex(settings));
        prepared = new ArrayList<>(batch);
        String[] words = SyntheticLinkLoad.WORDS;
        for (int i = 0; i < batch; i++) {
            StringBuilder text = new StringBuilder();
            int template = i % (batch / 5);
            SplittableRandom t = new SplittableRandom(template);
            for (int w = 0; w < 50; w++) {
                text.append(words[random.nextInt(10) == 0 ? random.nextInt(words.length) : t.nextInt(words.length)])
                        .append(' ');
            }
            prepared.add(linker.prepare(LinkInput.of(Ad.ofText("ad" + i, "", text.toString()), List.of())));
        }
        pairs = new int[2_000_000];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = random.nextInt(1_000_000);
        }
    }

    @Benchmark
    public int[] shingleOneAd() {
        return Shingles.of(AD, List.of(), "Riverton", settings.maxShingles());
    }

    @Benchmark
    public long[] bandKeysOfOneAd() {
        return minHash.bandKeys(shingles);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int linkBatchIntoTemplates() {
        LinkIndex index = new LinkIndex(settings);
        index.add(prepared);
        return index.size();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void unionFindMillionUnions(Blackhole sink) {
        UnionFind uf = new UnionFind(1_000_000);
        uf.grow(1_000_000);
        for (int i = 0; i < pairs.length; i += 2) {
            uf.union(pairs[i], pairs[i + 1]);
        }
        sink.consume(uf.find(0));
    }
}
