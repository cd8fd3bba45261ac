package org.palermo.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.palermo.app.io.AdJson;
import org.palermo.app.io.AdRecords;
import org.palermo.app.io.TruthJson;
import org.palermo.core.screening.Calibration;
import org.palermo.core.screening.CalibrationReport;
import org.palermo.core.screening.PlattScaling;
import org.palermo.core.screening.Screener;
import org.palermo.core.world.ActorKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Refits the mapping from evidence score to risk (Platt scaling) on labelled ads, leaving the "
                + "rulebook's evidence weights untouched, and writes a versioned calibration file for "
                + "`palermo screen --calibration FILE` (docs/screening.md).",
            "Labels: a `label` field on each ad (1/true/yes/trafficking or 0/false/no/not), or --truth with a "
                + "synthetic world's truth.jsonl (controlled = 1). A share of the ads (--holdout) is kept out of "
                + "the fit and the calibration is reported on it."})
final class CalibrateCommand implements Callable<Integer> {

    @Option(names = "--labels", required = true, description = "labelled ads, JSON Lines or CSV")
    Path labels;

    @Option(names = "--truth", description = "take labels from a world's truth.jsonl instead of a `label` field")
    Path truth;

    @Option(names = "--output", required = true, description = "calibration file to write")
    Path output;

    @Option(names = "--version", defaultValue = "custom-v1", description = "version string of the new calibration")
    String version;

    @Option(names = "--holdout", defaultValue = "0.25", description = "share of ads kept out of the fit (by id hash)")
    double holdout;

    @Option(names = "--medium", description = "band medium from this risk (default: the shipped calibration's)")
    Double medium;

    @Option(names = "--high", description = "band high from this risk (default: the shipped calibration's)")
    Double high;

    @Option(names = "--format", description = "input format: jsonl or csv (default: from the file extension)")
    AdRecords.Format format;

    @Mixin
    ScreeningOptions screening = new ScreeningOptions();

    @Override
    public Integer call() throws Exception {
        if (!(holdout >= 0 && holdout < 1)) {
            throw new IllegalArgumentException("--holdout must be in [0, 1), was " + holdout);
        }
        AdRecords.Format inputFormat = format != null ? format : AdRecords.Format.of(labels.getFileName().toString());
        Calibration shipped = Calibration.defaults();
        Screener screener;
        try {
            screener = screening.screener(shipped, screening.market(labels, inputFormat));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("palermo calibrate: " + e.getMessage());
            return 2;
        }
        Map<String, Boolean> truthLabels = truth == null ? null : truthLabels(truth);
        LabelledScores fit = new LabelledScores();
        LabelledScores held = new LabelledScores();
        long bad = read(inputFormat, screener, truthLabels, fit, held);
        PlattScaling.Fit platt = PlattScaling.fit(fit.scores(), fit.labels());
        Calibration fitted = new Calibration(version, platt.slope(), platt.intercept(),
                medium != null ? medium : shipped.mediumFrom(), high != null ? high : shipped.highFrom(),
                screener.rulebook().version(), String.format(Locale.ROOT, "%d labelled ads of %s (%d positive), "
                        + "%.0f%% held out by id hash", fit.size() + held.size(), labels.getFileName(),
                        fit.positives() + held.positives(), holdout * 100));
        Files.writeString(output, fitted.format(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "calibration %s: slope %.6f, intercept %.6f, written to %s%n%n",
                version, platt.slope(), platt.intercept(), output);
        System.out.println("Fitted on:\n" + CalibrationReport.of(fitted, fit.scores(), fit.labels()).toMarkdown());
        if (held.size() > 0) {
            System.out.println("Held out:\n" + CalibrationReport.of(fitted, held.scores(), held.labels()).toMarkdown());
        }
        if (bad > 0) {
            System.err.printf(Locale.ROOT, "palermo calibrate: %d lines skipped (errors or no label)%n", bad);
        }
        return 0;
    }

    private long read(AdRecords.Format inputFormat, Screener screener, Map<String, Boolean> truthLabels,
            LabelledScores fit, LabelledScores held) throws IOException {
        AdJson adJson = new AdJson(ScreeningOptions.MAPPER);
        long bad = 0;
        try (InputStream in = Files.newInputStream(labels);
                AdRecords records = AdRecords.open(in, inputFormat, ScreeningOptions.MAPPER)) {
            AdRecords.Item item;
            while ((item = records.next()) != null) {
                ObjectNode object = object(item);
                AdJson.Parsed parsed = object == null ? null : adJson.fromObject(object);
                Boolean label = parsed == null || !parsed.ok() ? null
                        : truthLabels != null ? truthLabels.get(parsed.ad().id()) : label(object.get("label"));
                if (label == null) {
                    bad++;
                    continue;
                }
                double score = screener.screen(parsed.ad()).score();
                (isHeldOut(parsed.ad().id()) ? held : fit).add(score, label);
            }
        }
        return bad;
    }

    private static ObjectNode object(AdRecords.Item item) {
        if (item.object() != null) {
            return item.object();
        }
        if (item.json() == null) {
            return null;
        }
        try {
            return ScreeningOptions.MAPPER.readTree(item.json()) instanceof ObjectNode o ? o : null;
        } catch (IOException e) {
            return null;
        }
    }

    private boolean isHeldOut(String id) {
        long h = org.palermo.app.io.SeenIds.hash(id) >>> 1;
        return (h % 10_000) < holdout * 10_000;
    }

    /** 1/true/yes/trafficking (positive) or 0/false/no/not (negative), as number, boolean or text. */
    static Boolean label(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (value.asText().strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "trafficking" -> true;
            case "0", "false", "no", "not", "not trafficking", "not_trafficking" -> false;
            default -> null;
        };
    }

    private static Map<String, Boolean> truthLabels(Path file) throws IOException {
        Map<String, Boolean> labels = new HashMap<>();
        JsonFiles.forEachObject(file, node -> {
            var t = TruthJson.fromJson(node);
            labels.put(t.adId(), t.kind() == ActorKind.CONTROLLED);
        });
        return labels;
    }

    /** Scores and labels collected for a fit. */
    private static final class LabelledScores {
        private double[] scores = new double[1024];
        private boolean[] labels = new boolean[1024];
        private int size;
        private int positives;

        void add(double score, boolean label) {
            if (size == scores.length) {
                scores = java.util.Arrays.copyOf(scores, size * 2);
                labels = java.util.Arrays.copyOf(labels, size * 2);
            }
            scores[size] = score;
            labels[size++] = label;
            positives += label ? 1 : 0;
        }

        int size() {
            return size;
        }

        int positives() {
            return positives;
        }

        double[] scores() {
            return java.util.Arrays.copyOf(scores, size);
        }

        boolean[] labels() {
            return java.util.Arrays.copyOf(labels, size);
        }
    }
}
