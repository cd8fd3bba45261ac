package org.palermo.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.palermo.core.evaluation.IdentifierValue;
import org.palermo.core.evaluation.Ratio;
import org.palermo.core.evaluation.ScreenEvaluation;
import org.palermo.core.evaluation.ScreenPrediction;
import org.palermo.core.evaluation.ScreenReport;
import org.palermo.core.identifiers.IdentifierType;
import org.palermo.core.world.AdTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Scores `palermo screen` output against a synthetic world's truth.jsonl.",
            "Prints ROC AUC, band precision/recall, the false-positive rate among independent workers, youth-indicator "
                + "recall on minors and identifier precision/recall; exits 1 when a --min/--max gate fails."})
final class EvaluateScreenCommand implements Callable<Integer> {

    @Option(names = "--truth", required = true, description = "truth.jsonl written by `palermo generate`")
    Path truth;

    @Option(names = "--predictions", required = true, description = "output of `palermo screen` (JSON Lines)")
    Path predictions;

    @Option(names = "--json", description = "also write the figures as JSON to this file")
    Path json;

    @Option(names = "--min-auc", description = "gate: ROC AUC of risk, controlled vs other ads")
    Double minAuc;

    @Option(names = "--max-independent-fpr", description = "gate: share of independent workers' ads in band high")
    Double maxIndependentFpr;

    @Option(names = "--min-youth-recall", description = "gate: share of minors' ads with a YOUTH indicator")
    Double minYouthRecall;

    @Option(names = "--min-identifier-precision", description = "gate: identifier precision (exact value)")
    Double minIdentifierPrecision;

    @Option(names = "--min-identifier-recall", description = "gate: identifier recall (exact value)")
    Double minIdentifierRecall;

    @Override
    public Integer call() throws Exception {
        Map<String, AdTruth> truths = JsonFiles.readTruth(truth);
        ScreenEvaluation evaluation = new ScreenEvaluation();
        Set<String> seen = new HashSet<>();
        long[] errorLines = new long[1];
        long[] unknown = new long[1];
        JsonFiles.forEachObject(predictions, node -> {
            if (node.has("error")) {
                errorLines[0]++;
                return;
            }
            ScreenPrediction p = prediction(node);
            AdTruth t = truths.get(p.id());
            if (t == null) {
                unknown[0]++;
            } else if (seen.add(p.id())) {
                evaluation.add(t, p);
            }
        });
        truths.values().stream().filter(t -> !seen.contains(t.adId())).forEach(t -> evaluation.add(t, null));
        ScreenReport report = evaluation.report();
        print(report, errorLines[0], unknown[0]);
        if (json != null) {
            JsonFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), toJson(report));
        }
        ScreenReport.BandFigures high = report.bands().get("high");
        return new Gates()
                .atLeast("ROC AUC", report.auc(), minAuc)
                .atMost("independent false-positive rate (high band)",
                        high.independentFalsePositive().value(), maxIndependentFpr)
                .atLeast("youth-indicator recall on minors", report.youthRecall().value(), minYouthRecall)
                .atLeast("identifier precision", report.identifiers().precision().value(), minIdentifierPrecision)
                .atLeast("identifier recall", report.identifiers().recall().value(), minIdentifierRecall)
                .report(System.out);
    }

    private static ScreenPrediction prediction(JsonNode node) {
        String id = node.path("id").asText(null);
        if (id == null) {
            throw new IllegalArgumentException("prediction lacks 'id'");
        }
        Set<String> categories = new HashSet<>();
        for (JsonNode indicator : node.path("indicators")) {
            categories.add(indicator.path("category").asText());
        }
        for (JsonNode category : node.path("categories")) {
            categories.add(category.asText());
        }
        List<IdentifierValue> identifiers = new ArrayList<>();
        for (JsonNode identifier : node.path("identifiers")) {
            identifiers.add(new IdentifierValue(
                    IdentifierType.ofCode(identifier.path("type").asText()),
                    identifier.path("value").asText(),
                    identifier.path("obfuscated").asBoolean(false)));
        }
        return new ScreenPrediction(id, node.path("risk").asDouble(), node.path("band").asText("low"),
                categories, identifiers);
    }

    private static void print(ScreenReport r, long errorLines, long unknown) {
        System.out.printf(Locale.ROOT, "ads %d (controlled %d), missing predictions %d, error lines %d, "
                + "predictions for unknown ids %d%n", r.ads(), r.controlledAds(), r.missingPredictions(), errorLines,
                unknown);
        System.out.printf(Locale.ROOT, "%-52s %s%n", "ROC AUC (controlled vs other)", fmt(r.auc()));
        r.bands().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String at = e.getKey().equals("high") ? "band high" : "band medium or high";
            System.out.printf(Locale.ROOT, "%-52s %s%n", "precision, " + at, e.getValue().precision());
            System.out.printf(Locale.ROOT, "%-52s %s%n", "recall, " + at, e.getValue().recall());
            System.out.printf(Locale.ROOT, "%-52s %s%n", "independent false-positive rate, " + at,
                    e.getValue().independentFalsePositive());
        });
        System.out.printf(Locale.ROOT, "%-52s %s%n", "youth-indicator recall on minors", r.youthRecall());
        System.out.printf(Locale.ROOT, "%-52s %s%n", "identifier precision", r.identifiers().precision());
        System.out.printf(Locale.ROOT, "%-52s %s%n", "identifier recall", r.identifiers().recall());
        System.out.printf(Locale.ROOT, "%-52s %s%n", "obfuscated identifier precision", r.obfuscated().precision());
        System.out.printf(Locale.ROOT, "%-52s %s%n", "obfuscated identifier recall", r.obfuscated().recall());
        r.identifiersByType().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                System.out.printf(Locale.ROOT, "%-52s P %s  R %s%n", "  " + e.getKey().code(),
                        e.getValue().precision(), e.getValue().recall()));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static ObjectNode toJson(ScreenReport r) {
        ObjectNode out = JsonFiles.MAPPER.createObjectNode();
        out.put("ads", r.ads());
        out.put("controlled_ads", r.controlledAds());
        out.put("missing_predictions", r.missingPredictions());
        out.put("auc", r.auc());
        ObjectNode bands = out.putObject("bands");
        r.bands().forEach((band, f) -> {
            ObjectNode b = bands.putObject(band);
            ratio(b, "precision", f.precision());
            ratio(b, "recall", f.recall());
            ratio(b, "independent_false_positive_rate", f.independentFalsePositive());
        });
        ratio(out, "youth_recall", r.youthRecall());
        ratio(out, "identifier_precision", r.identifiers().precision());
        ratio(out, "identifier_recall", r.identifiers().recall());
        ratio(out, "obfuscated_identifier_precision", r.obfuscated().precision());
        ratio(out, "obfuscated_identifier_recall", r.obfuscated().recall());
        ObjectNode byType = out.putObject("identifiers_by_type");
        r.identifiersByType().forEach((type, f) -> {
            ObjectNode t = byType.putObject(type.code());
            ratio(t, "precision", f.precision());
            ratio(t, "recall", f.recall());
        });
        return out;
    }

    static void ratio(ObjectNode node, String name, Ratio ratio) {
        ObjectNode r = node.putObject(name);
        r.put("value", ratio.value());
        r.put("count", ratio.count());
        r.put("total", ratio.total());
    }
}
