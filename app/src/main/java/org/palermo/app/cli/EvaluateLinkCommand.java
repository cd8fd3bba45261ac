package org.palermo.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.palermo.core.evaluation.LinkEvaluation;
import org.palermo.core.evaluation.PairCounts;
import org.palermo.core.world.AdTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Scores `palermo link` output against a synthetic world's truth.jsonl.",
            "Pairwise precision/recall/F1 and adjusted Rand index of templates and of networks; exits 1 when a "
                + "--min gate fails."})
final class EvaluateLinkCommand implements Callable<Integer> {

    @Option(names = "--truth", required = true, description = "truth.jsonl written by `palermo generate`")
    Path truth;

    @Option(names = "--links", required = true, description = "output of `palermo link` (JSON Lines: id, template, network)")
    Path links;

    @Option(names = "--json", description = "also write the figures as JSON to this file")
    Path json;

    @Option(names = "--min-network-f1", description = "gate: pairwise F1 of networks")
    Double minNetworkF1;

    @Option(names = "--min-network-ari", description = "gate: adjusted Rand index of networks")
    Double minNetworkAri;

    @Option(names = "--min-template-precision", description = "gate: pairwise precision of templates")
    Double minTemplatePrecision;

    @Option(names = "--min-template-recall", description = "gate: pairwise recall of templates")
    Double minTemplateRecall;

    @Override
    public Integer call() throws Exception {
        Map<String, AdTruth> truths = JsonFiles.readTruth(truth);
        LinkEvaluation evaluation = new LinkEvaluation();
        long[] errorLines = new long[1];
        long[] unknown = new long[1];
        JsonFiles.forEachObject(links, node -> {
            if (node.has("error")) {
                errorLines[0]++;
                return;
            }
            String id = node.path("id").asText(null);
            AdTruth t = id == null ? null : truths.remove(id);
            if (t == null) {
                unknown[0]++;
                return;
            }
            evaluation.add(id, t.templateId(), t.networkId(),
                    node.path("template").asText(null), node.path("network").asText(null));
        });
        truths.values().forEach(t -> evaluation.add(t.adId(), t.templateId(), t.networkId(), null, null));
        LinkEvaluation.LinkReport report = evaluation.report();
        System.out.printf(Locale.ROOT, "ads %d, missing predictions %d, error lines %d, unknown or repeated ids %d%n",
                report.networks().items(), report.missingPredictions(), errorLines[0], unknown[0]);
        print("templates", report.templates());
        print("networks", report.networks());
        if (json != null) {
            ObjectNode out = JsonFiles.MAPPER.createObjectNode();
            out.put("missing_predictions", report.missingPredictions());
            toJson(out.putObject("templates"), report.templates());
            toJson(out.putObject("networks"), report.networks());
            JsonFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), out);
        }
        return new Gates()
                .atLeast("network pairwise F1", report.networks().f1(), minNetworkF1)
                .atLeast("network adjusted Rand index", report.networks().adjustedRandIndex(), minNetworkAri)
                .atLeast("template pairwise precision", report.templates().precision(), minTemplatePrecision)
                .atLeast("template pairwise recall", report.templates().recall(), minTemplateRecall)
                .report(System.out);
    }

    private static void print(String what, PairCounts.Result r) {
        System.out.printf(Locale.ROOT, "%-10s clusters truth %d predicted %d | pairwise P %.4f R %.4f F1 %.4f | ARI %.4f%n",
                what, r.truthClusters(), r.predictedClusters(), r.precision(), r.recall(), r.f1(),
                r.adjustedRandIndex());
    }

    private static void toJson(ObjectNode node, PairCounts.Result r) {
        node.put("truth_clusters", r.truthClusters());
        node.put("predicted_clusters", r.predictedClusters());
        node.put("pairwise_precision", r.precision());
        node.put("pairwise_recall", r.recall());
        node.put("pairwise_f1", r.f1());
        node.put("adjusted_rand_index", r.adjustedRandIndex());
        node.put("pairs_joined_by_both", r.joinedByBoth());
        node.put("pairs_joined_by_prediction", r.joinedByPrediction());
        node.put("pairs_joined_by_truth", r.joinedByTruth());
    }
}
