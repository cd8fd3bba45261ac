package org.palermo.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierExtractor;
import org.palermo.core.identifiers.IdentifierType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code palermo evaluate phones}: runs phone extraction on ads with known numbers (the DIG ground-truth format:
 * {@code {"jsonlines": [{"url", "title", "body", "text_ext_gt": [...], "int_ext_gt": [...]}]}}) and prints
 * aggregate precision and recall. Prints no ad content: the ads are personal data.
 */
@Command(
        name = "phones",
        mixinStandardHelpOptions = true,
        description = "Precision and recall of phone extraction against ground truth (DIG groundtruth.json format).")
public final class EvaluatePhonesCommand implements Callable<Integer> {

    @Option(names = "--groundtruth", required = true, description = "Ground-truth file (DIG groundtruth.json).")
    Path groundTruth;

    @Option(names = "--region", defaultValue = "US", description = "Default country for numbers (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--min-precision", defaultValue = "0", description = "Exit 1 when precision is below this.")
    double minPrecision;

    @Option(names = "--min-recall", defaultValue = "0", description = "Exit 1 when recall is below this.")
    double minRecall;

    @Option(names = "--json", description = "Also write the figures as JSON to this file.")
    Path jsonOut;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(groundTruth.toFile());
        JsonNode ads = root.has("jsonlines") ? root.get("jsonlines") : root;
        IdentifierExtractor extractor = new IdentifierExtractor();
        PhoneScore lenient = new PhoneScore();
        PhoneScore strict = new PhoneScore();
        int index = 0;
        int obfuscatedAds = 0;
        for (JsonNode entry : ads) {
            Ad ad = new Ad("gt-" + index++, text(entry, "title"), text(entry, "body"), null, null, null, null, null,
                    text(entry, "url"), null, List.of());
            List<String> found = new ArrayList<>();
            boolean obfuscated = false;
            for (Identifier id : extractor.extract(ad, region)) {
                if (id.type() == IdentifierType.PHONE) {
                    found.add(id.value());
                    obfuscated |= id.obfuscated();
                }
            }
            obfuscatedAds += obfuscated ? 1 : 0;
            lenient.add(found, strings(entry, "text_ext_gt"), false);
            strict.add(found, strings(entry, "int_ext_gt"), true);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "ads: %d, numbers in ground truth: %d, numbers extracted: %d%n", index,
                lenient.truth(), lenient.predicted());
        out.printf(Locale.ROOT, "digits vs text_ext_gt:  precision %.4f  recall %.4f  f1 %.4f%n",
                lenient.precision(), lenient.recall(), lenient.f1());
        out.printf(Locale.ROOT, "E.164 vs int_ext_gt:    precision %.4f  recall %.4f  f1 %.4f%n",
                strict.precision(), strict.recall(), strict.f1());
        out.printf(Locale.ROOT, "ads with an obscured number: %d%n", obfuscatedAds);
        if (jsonOut != null) {
            ObjectNode json = mapper.createObjectNode();
            json.put("groundtruth", groundTruth.toString());
            json.put("region", region);
            json.put("ads", index);
            json.put("adsWithObscuredNumber", obfuscatedAds);
            json.set("textExtGt", lenient.toJson(mapper));
            json.set("intExtGt", strict.toJson(mapper));
            json.put("minPrecision", minPrecision);
            json.put("minRecall", minRecall);
            json.put("passed", passed(lenient));
            Files.writeString(jsonOut, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        }
        if (!passed(lenient)) {
            spec.commandLine().getErr().printf(Locale.ROOT, "below the gate: precision >= %.2f and recall >= %.2f%n",
                    minPrecision, minRecall);
            return 1;
        }
        return 0;
    }

    private boolean passed(PhoneScore score) {
        return score.precision() >= minPrecision && score.recall() >= minRecall;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode entry, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = entry.get(field);
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
