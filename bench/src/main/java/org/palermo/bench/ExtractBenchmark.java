package org.palermo.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.palermo.core.identifiers.IdentifierExtractor;

/**
 * Identifier extraction throughput on one thread over ~500-character synthetic ads (ads/s = ops/s here: one
 * operation is one ad). Run: {@code java -jar bench/target/palermo-bench.jar ExtractBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {

    static final int ADS = 1000;

    private final IdentifierExtractor extractor = new IdentifierExtractor();
    private List<String> ads;

    @Setup
    public void generate() {
        ads = SyntheticAdTexts.generate(ADS, 42L);
    }

    @Benchmark
    @OperationsPerInvocation(ADS)
    public void extract(Blackhole sink) {
        for (String ad : ads) {
            sink.consume(extractor.extract(ad, "US"));
        }
    }
}
