package org.palermo.core.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How well a calibration's probabilities match labels: Brier score, ROC AUC of the score, and a reliability table
 * (predicted against observed rate in ten bins of predicted probability).
 */
public record CalibrationReport(int ads, int positives, double brier, double auc, List<Bin> reliability) {

    /** One row of the reliability table: ads whose predicted risk fell in [from, to). */
    public record Bin(double from, double to, int ads, double meanPredicted, double observedRate) {
    }

    public static CalibrationReport of(Calibration calibration, double[] scores, boolean[] labels) {
        int bins = 10;
        int[] count = new int[bins];
        double[] predictedSum = new double[bins];
        int[] positiveCount = new int[bins];
        double brier = 0;
        int positives = 0;
        for (int i = 0; i < scores.length; i++) {
            double p = calibration.probability(scores[i]);
            double y = labels[i] ? 1 : 0;
            brier += (p - y) * (p - y);
            positives += labels[i] ? 1 : 0;
            int bin = Math.min(bins - 1, (int) (p * bins));
            count[bin]++;
            predictedSum[bin] += p;
            positiveCount[bin] += labels[i] ? 1 : 0;
        }
        List<Bin> table = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                table.add(new Bin(b / 10.0, (b + 1) / 10.0, count[b], predictedSum[b] / count[b],
                        (double) positiveCount[b] / count[b]));
            }
        }
        return new CalibrationReport(scores.length, positives, scores.length == 0 ? 0 : brier / scores.length,
                auc(scores, labels), table);
    }

    /** ROC AUC by ranks (ties count half): the chance a random positive outscores a random negative. */
    public static double auc(double[] scores, boolean[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(scores[x], scores[y]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (labels[order[k]]) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The report as Markdown, for docs/evaluation.md and the terminal. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "ads %d, positives %d, Brier score %.4f, ROC AUC of the score %.4f%n%n",
                ads, positives, brier, auc));
        out.append("| predicted risk | ads | mean predicted | observed rate |\n|---|---:|---:|---:|\n");
        for (Bin bin : reliability) {
            out.append(String.format(Locale.ROOT, "| %.1f-%.1f | %d | %.3f | %.3f |%n",
                    bin.from(), bin.to(), bin.ads(), bin.meanPredicted(), bin.observedRate()));
        }
        return out.toString();
    }
}
