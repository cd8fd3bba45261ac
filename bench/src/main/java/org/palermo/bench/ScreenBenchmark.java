package org.palermo.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.palermo.app.io.AdJson;
import org.palermo.app.io.CsvReader;
import org.palermo.app.io.CsvRecord;
import org.palermo.app.io.LineReader;
import org.palermo.app.io.InputLine;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.IdentifierExtractor;
import org.palermo.core.screening.IdentifierSource;
import org.palermo.core.screening.MarketPrices;
import org.palermo.core.screening.Screener;

/**
 * Throughput of screening (identifier extraction + indicators + risk) on one thread, on realistic ads: the real
 * page texts of {@code ../shared/data/dig-ads/*.csv} (column extracted_text, read at benchmark time, never copied)
 * and, when {@code -Dpalermo.world.ads=FILE} names a synthetic world's ads.jsonl, the first 20,000 of those.
 * Setup prints the corpus's mean size so that ads/s converts to MB/s.
 *
 * <p>Run: {@code java -jar bench/target/palermo-bench.jar ScreenBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScreenBenchmark {

    static final int ADS = 1000;

    @Param({"dig-ads", "world"})
    public String corpus;

    /** {@code -p extract=false} measures screening without identifier extraction. */
    @Param({"true"})
    public boolean extract;

    private Screener screener;
    private Ad[] ads;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        screener = Screener.defaults(extract ? identifiers() : IdentifierSource.none(), MarketPrices.none());
        List<Ad> loaded = corpus.equals("world") ? worldAds() : digAds();
        if (loaded.isEmpty()) {
            throw new IllegalStateException("no ads for corpus " + corpus
                    + " (dig-ads: run from the repository root next to ../shared; world: -Dpalermo.world.ads=FILE)");
        }
        ads = new Ad[ADS];
        long chars = 0;
        long bytes = 0;
        for (int i = 0; i < ADS; i++) {
            ads[i] = loaded.get(i % loaded.size());
            chars += ads[i].text().length();
            bytes += ads[i].text().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf(Locale.ROOT, "%n[corpus %s] %d distinct ads, mean %.0f chars, %.0f UTF-8 bytes per ad%n",
                corpus, loaded.size(), (double) chars / ADS, (double) bytes / ADS);
    }

    /** The identifier extractor, with the United States as the default phone region (the dig-ads are US ads). */
    static IdentifierSource identifiers() {
        IdentifierExtractor extractor = new IdentifierExtractor();
        return IdentifierSource.extracting(extractor, "US");
    }

    @Benchmark
    @OperationsPerInvocation(ADS)
    public void screen(Blackhole blackhole) {
        for (Ad ad : ads) {
            blackhole.consume(screener.screen(ad));
        }
    }

    static List<Ad> digAds() throws IOException {
        Path dir = Path.of(System.getProperty("palermo.data", "../shared/data"), "dig-ads");
        List<Ad> ads = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ads;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.csv")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file); CsvReader csv = new CsvReader(in, 1 << 22)) {
                    CsvRecord record;
                    while ((record = csv.next()) != null) {
                        if (!record.isError() && record.fields().get("extracted_text") != null) {
                            ads.add(Ad.ofText("d" + ads.size(), "", record.fields().get("extracted_text")));
                        }
                    }
                }
            }
        }
        return ads;
    }

    static List<Ad> worldAds() throws IOException {
        String file = System.getProperty("palermo.world.ads");
        List<Ad> ads = new ArrayList<>();
        if (file == null) {
            return ads;
        }
        AdJson json = new AdJson(new ObjectMapper());
        try (LineReader lines = new LineReader(Files.newInputStream(Path.of(file)))) {
            InputLine line;
            while ((line = lines.next()) != null && ads.size() < 20_000) {
                AdJson.Parsed parsed = line.isError() ? null : json.parse(line.text());
                if (parsed != null && parsed.ok()) {
                    ads.add(parsed.ad());
                }
            }
        }
        return ads;
    }
}
