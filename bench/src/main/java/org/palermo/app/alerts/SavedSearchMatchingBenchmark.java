package org.palermo.app.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory part of saved-search alerts: one batch of 1,000 new ads (over 50 cities) matched against
 * {@code searches} saved searches (80% name a city, half have a text filter, some a band or an identifier), index
 * built per batch as the server does. One operation is one batch. In package {@code org.palermo.app.alerts} to
 * reach the package-private matcher. Run: {@code java -jar bench/target/palermo-bench.jar SavedSearchMatching}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SavedSearchMatchingBenchmark {

    static final int ADS = 1000;
    static final int CITIES = 50;
    static final String[] WORDS = {"massage", "companionship", "discreet", "new", "town", "tonight", "relax",
        "friendly", "central", "visiting", "urgent", "weekend"};

    @Param({"100", "10000"})
    public int searches;

    private List<SavedSearch> saved;
    private List<NewAd> ads;

    @Setup
    public void generate() {
        Random random = new Random(42);
        saved = new ArrayList<>(searches);
        for (int i = 0; i < searches; i++) {
            String city = random.nextInt(10) < 8 ? "City" + random.nextInt(CITIES) : null;
            String text = random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : null;
            String band = random.nextInt(4) == 0 ? "high" : null;
            String identifier = city == null && text == null && band == null ? "+1555" + random.nextInt(100_000) : null;
            saved.add(new SavedSearch(i, "owner" + (i % 50), "s" + i,
                    new SearchCriteria(text, city, null, null, null, band, identifier), Instant.EPOCH));
        }
        ads = new ArrayList<>(ADS);
        for (int i = 0; i < ADS; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            ads.add(new NewAd(i, "Ad " + i, body.toString(), "City" + random.nextInt(CITIES), "site",
                    Instant.parse("2026-05-01T00:00:00Z"), random.nextBoolean() ? "high" : "low",
                    Set.of(new NewAd.Carried("PHONE", "+1555" + random.nextInt(100_000)))));
        }
    }

    @Benchmark
    public int matchOneBatch() {
        SavedSearchIndex index = new SavedSearchIndex(saved);
        int matches = 0;
        for (NewAd ad : ads) {
            matches += index.matching(ad).size();
        }
        return matches;
    }
}
