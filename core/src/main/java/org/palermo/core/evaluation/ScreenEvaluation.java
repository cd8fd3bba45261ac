package org.palermo.core.evaluation;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palermo.core.identifiers.IdentifierType;
import org.palermo.core.world.ActorKind;
import org.palermo.core.world.AdTruth;
import org.palermo.core.world.PlantedIdentifier;

/**
 * Scores screening predictions against the synthetic world's truth, ad by ad.
 *
 * <p>Figures: ROC AUC of risk for controlled ads against all others; precision and recall of "band high" (and of
 * "band medium or high") for controlled ads; the false-positive rate among independent workers at those bands;
 * the share of minors' ads on which a YOUTH indicator fired; identifier precision and recall by exact normalised
 * value, overall, per type, and for the identifiers that were obfuscated.
 */
public final class ScreenEvaluation {

    private static final String YOUTH = "YOUTH";

    private final DoubleList risks = new DoubleList();
    private final BooleanList controlled = new BooleanList();
    private final Map<String, long[]> bandCounts = Map.of("high", new long[3], "medium", new long[3]);
    private long independents;
    private long minors;
    private long minorsWithYouthIndicator;
    private long missingPredictions;
    private final Map<IdentifierType, long[]> identifierCounts = new EnumMap<>(IdentifierType.class);
    private long obfuscatedTruth;
    private long obfuscatedFound;
    private long obfuscatedPredicted;
    private long obfuscatedPredictedCorrect;

    /** Adds one ad. A {@code null} prediction counts as a missed ad: risk 0, band low, nothing found. */
    public void add(AdTruth truth, ScreenPrediction prediction) {
        if (prediction == null) {
            missingPredictions++;
            prediction = new ScreenPrediction(truth.adId(), 0, "low", Set.of(), List.of());
        }
        boolean isControlled = truth.kind() == ActorKind.CONTROLLED;
        risks.add(prediction.risk());
        controlled.add(isControlled);
        countBand("high", prediction.band().equals("high"), truth.kind());
        countBand("medium", !prediction.band().equals("low"), truth.kind());
        if (truth.kind() == ActorKind.INDEPENDENT) {
            independents++;
        }
        if (truth.minor()) {
            minors++;
            if (prediction.indicatorCategories().contains(YOUTH)) {
                minorsWithYouthIndicator++;
            }
        }
        countIdentifiers(truth.identifiers(), prediction.identifiers());
    }

    /** Counts per band: [flagged controlled, flagged other, flagged independent]. */
    private void countBand(String band, boolean flagged, ActorKind kind) {
        if (!flagged) {
            return;
        }
        long[] counts = bandCounts.get(band);
        counts[kind == ActorKind.CONTROLLED ? 0 : 1]++;
        if (kind == ActorKind.INDEPENDENT) {
            counts[2]++;
        }
    }

    private void countIdentifiers(List<PlantedIdentifier> planted, List<IdentifierValue> found) {
        Set<String> truthKeys = new HashSet<>();
        for (PlantedIdentifier p : planted) {
            IdentifierValue value = new IdentifierValue(p.type(), p.value(), p.obfuscated());
            truthKeys.add(value.matchKey());
        }
        Set<String> foundKeys = new HashSet<>();
        for (IdentifierValue f : found) {
            if (!foundKeys.add(f.matchKey())) {
                continue;
            }
            long[] counts = identifierCounts.computeIfAbsent(f.type(), t -> new long[3]);
            counts[1]++;
            boolean correct = truthKeys.contains(f.matchKey());
            if (correct) {
                counts[0]++;
            }
            if (f.obfuscated()) {
                obfuscatedPredicted++;
                if (correct) {
                    obfuscatedPredictedCorrect++;
                }
            }
        }
        Set<String> seenTruth = new HashSet<>();
        for (PlantedIdentifier p : planted) {
            String key = new IdentifierValue(p.type(), p.value(), p.obfuscated()).matchKey();
            if (!seenTruth.add(key)) {
                continue;
            }
            identifierCounts.computeIfAbsent(p.type(), t -> new long[3])[2]++;
            if (p.obfuscated()) {
                obfuscatedTruth++;
                if (foundKeys.contains(key)) {
                    obfuscatedFound++;
                }
            }
        }
    }

    public ScreenReport report() {
        long total = risks.size();
        long controlledAds = controlled.countTrue();
        Map<String, ScreenReport.BandFigures> bands = new java.util.LinkedHashMap<>();
        for (String band : List.of("high", "medium")) {
            long[] c = bandCounts.get(band);
            bands.put(band, new ScreenReport.BandFigures(
                    new Ratio(c[0], c[0] + c[1]), new Ratio(c[0], controlledAds), new Ratio(c[2], independents)));
        }
        Map<IdentifierType, ScreenReport.IdentifierFigures> perType = new EnumMap<>(IdentifierType.class);
        long correct = 0;
        long predicted = 0;
        long truthTotal = 0;
        long truthFound = 0;
        for (Map.Entry<IdentifierType, long[]> e : identifierCounts.entrySet()) {
            long[] c = e.getValue();
            // c[0] correct predictions, c[1] predictions, c[2] truth identifiers; found truth == correct
            perType.put(e.getKey(), new ScreenReport.IdentifierFigures(new Ratio(c[0], c[1]), new Ratio(c[0], c[2])));
            correct += c[0];
            predicted += c[1];
            truthTotal += c[2];
            truthFound += c[0];
        }
        return new ScreenReport(
                total,
                missingPredictions,
                controlledAds,
                RocAuc.of(risks.toArray(), controlled.toArray()),
                bands,
                new Ratio(minorsWithYouthIndicator, minors),
                new ScreenReport.IdentifierFigures(new Ratio(correct, predicted), new Ratio(truthFound, truthTotal)),
                new ScreenReport.IdentifierFigures(
                        new Ratio(obfuscatedPredictedCorrect, obfuscatedPredicted),
                        new Ratio(obfuscatedFound, obfuscatedTruth)),
                perType);
    }

    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static final class BooleanList {
        private boolean[] values = new boolean[1024];
        private int size;
        private long trues;

        void add(boolean v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
            if (v) {
                trues++;
            }
        }

        long countTrue() {
            return trues;
        }

        boolean[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
