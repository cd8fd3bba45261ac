package org.palermo.core.evaluation;

import java.util.HashMap;
import java.util.Map;

/**
 * Compares a predicted clustering with a true one by the pairs of items they put together.
 *
 * <p>Built from the contingency table, so it costs O(items) rather than O(items²): a pair is a true positive when
 * both clusterings join it. Precision = joined by both / joined by the prediction; recall = joined by both /
 * joined by the truth. The adjusted Rand index follows Hubert and Arabie (1985).
 */
public final class PairCounts {

    private final Map<String, Long> truthSizes = new HashMap<>();
    private final Map<String, Long> predictedSizes = new HashMap<>();
    private final Map<Cell, Long> cells = new HashMap<>();
    private long items;

    /** Adds one item with its true and predicted cluster labels. */
    public void add(String truthCluster, String predictedCluster) {
        if (truthCluster == null || predictedCluster == null) {
            throw new IllegalArgumentException("cluster labels must not be null");
        }
        truthSizes.merge(truthCluster, 1L, Long::sum);
        predictedSizes.merge(predictedCluster, 1L, Long::sum);
        cells.merge(new Cell(truthCluster, predictedCluster), 1L, Long::sum);
        items++;
    }

    public Result result() {
        double joinedByBoth = sumPairs(cells);
        double joinedByTruth = sumPairs(truthSizes);
        double joinedByPrediction = sumPairs(predictedSizes);
        double allPairs = pairs(items);
        double expected = allPairs == 0 ? 0 : joinedByTruth * joinedByPrediction / allPairs;
        double maximum = (joinedByTruth + joinedByPrediction) / 2;
        double ari = maximum == expected ? 1.0 : (joinedByBoth - expected) / (maximum - expected);
        return new Result(items, truthSizes.size(), predictedSizes.size(),
                (long) joinedByBoth, (long) joinedByPrediction, (long) joinedByTruth, ari);
    }

    private static double sumPairs(Map<?, Long> sizes) {
        double sum = 0;
        for (long size : sizes.values()) {
            sum += pairs(size);
        }
        return sum;
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }

    private record Cell(String truth, String predicted) {
    }

    /**
     * Pair-counting figures of one comparison.
     *
     * @param joinedByBoth       pairs that both clusterings put together
     * @param joinedByPrediction pairs the prediction puts together
     * @param joinedByTruth      pairs the truth puts together
     */
    public record Result(long items, long truthClusters, long predictedClusters,
                         long joinedByBoth, long joinedByPrediction, long joinedByTruth,
                         double adjustedRandIndex) {

        /** Pairwise precision; 1 when the prediction joins nothing (it made no wrong join). */
        public double precision() {
            return joinedByPrediction == 0 ? 1.0 : (double) joinedByBoth / joinedByPrediction;
        }

        /** Pairwise recall; 1 when the truth joins nothing. */
        public double recall() {
            return joinedByTruth == 0 ? 1.0 : (double) joinedByBoth / joinedByTruth;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
