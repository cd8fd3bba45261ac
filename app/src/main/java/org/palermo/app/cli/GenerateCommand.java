package org.palermo.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.palermo.app.io.WorldFiles;
import org.palermo.core.world.ActorKind;
import org.palermo.core.world.WorldGenerator;
import org.palermo.core.world.WorldSettings;
import org.palermo.core.world.WorldSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code palermo generate}: writes a synthetic world with ground truth (docs/world.md). */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a synthetic, deterministic ad market with ground truth (docs/world.md).",
            "Writes DIR/ads.jsonl, DIR/truth.jsonl, DIR/tips.jsonl and DIR/people.jsonl and prints a summary."})
public final class GenerateCommand implements Callable<Integer> {

    private static final WorldSettings DEFAULTS = WorldSettings.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files to.")
    Path out;

    @Option(names = "--ads", paramLabel = "N", description = "Number of ads (default: ${DEFAULT-VALUE}).")
    int ads = DEFAULTS.ads();

    @Option(names = "--seed", paramLabel = "S", description = "Seed; same seed, same files (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--mix", paramLabel = "I,A,C", split = ",",
            description = "Shares of ads by independent workers, agencies and controlled networks "
                    + "(default: 0.60,0.25,0.15).")
    double[] mix = {DEFAULTS.independentShare(), DEFAULTS.agencyShare(), DEFAULTS.controlledShare()};

    @Option(names = "--countries", paramLabel = "CC", split = ",",
            description = "Countries whose cities to use, from US,CA,GB,IE,AU (default: all).")
    Set<String> countries = new LinkedHashSet<>(Set.of("US", "CA", "GB", "IE", "AU"));

    @Option(names = "--obfuscation", paramLabel = "RATE",
            description = "Mean share of controlled ads that disguise their phone (default: ${DEFAULT-VALUE}).")
    double obfuscation = DEFAULTS.obfuscationRate();

    @Option(names = "--max-edits", paramLabel = "N",
            description = "Most word edits per ad (default: ${DEFAULT-VALUE}).")
    int maxEdits = DEFAULTS.maxEdits();

    @Option(names = "--minor-share", paramLabel = "P",
            description = "Probability that a controlled victim is a minor (default: ${DEFAULT-VALUE}).")
    double minorShare = DEFAULTS.minorShare();

    @Option(names = "--tips", paramLabel = "N", description = "Tip-line reports (default: ${DEFAULT-VALUE}).")
    int tips = DEFAULTS.tips();

    @Option(names = "--people", paramLabel = "N", description = "Case records (default: ${DEFAULT-VALUE}).")
    int people = DEFAULTS.people();

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First posting day (default: ${DEFAULT-VALUE}).")
    LocalDate start = DEFAULTS.start();

    @Option(names = "--days", paramLabel = "N", description = "Days the ads span (default: ${DEFAULT-VALUE}).")
    int days = DEFAULTS.spanDays();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (mix.length != 3) {
            err.println("generate: --mix needs three shares, e.g. 0.6,0.25,0.15");
            return 2;
        }
        WorldSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        WorldSummary summary;
        try (WorldFiles files = new WorldFiles(out)) {
            summary = WorldGenerator.generate(settings, files);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(summary, settings, seconds, spec.commandLine().getOut());
        return 0;
    }

    WorldSettings settings() {
        Set<String> codes = new LinkedHashSet<>();
        for (String country : countries) {
            codes.add(country.trim().toUpperCase(Locale.ROOT));
        }
        return new WorldSettings(ads, seed, mix[0], mix[1], mix[2], codes, obfuscation, maxEdits, minorShare, tips,
                people, start, days);
    }

    private void print(WorldSummary s, WorldSettings settings, double seconds, PrintWriter out) {
        out.printf(Locale.ROOT, "Synthetic world (seed %d) written to %s in %.1f s%n", settings.seed(), this.out,
                seconds);
        out.printf(Locale.ROOT, "  ads        %,d%n", s.ads());
        for (ActorKind kind : ActorKind.values()) {
            long kindAds = s.adsByKind().getOrDefault(kind, 0L);
            out.printf(Locale.ROOT, "    %-12s %,10d ads (%5.1f%%)  %,8d networks%n", kind.code(), kindAds,
                    percent(kindAds, s.ads()), s.networksByKind().getOrDefault(kind, 0L));
        }
        out.printf(Locale.ROOT, "  networks   %,d%n", s.networks());
        out.printf(Locale.ROOT, "  minors     %,d (controlled victims under 18, marked only by youth phrases)%n",
                s.minors());
        out.printf(Locale.ROOT, "  obfuscated %,d ads (%.1f%%) disguise a phone number%n", s.obfuscatedAds(),
                percent(s.obfuscatedAds(), s.ads()));
        StringBuilder countriesLine = new StringBuilder();
        for (Map.Entry<String, Long> e : s.adsByCountry().entrySet()) {
            countriesLine.append(' ').append(e.getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", e.getValue()));
        }
        out.printf(Locale.ROOT, "  cities     %d in%s%n", s.cities(), countriesLine);
        out.printf(Locale.ROOT, "  tips       %,d   people %,d%n", s.tips(), s.people());
        out.printf(Locale.ROOT, "  files      %s %s %s %s%n", WorldFiles.ADS, WorldFiles.TRUTH, WorldFiles.TIPS,
                WorldFiles.PEOPLE);
        out.flush();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }
}
