package org.palermo.core.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairwise precision and recall of a predicted clustering against a true one (test helper). */
record PairCounts(long truePairs, long predictedPairs, long both) {

    static PairCounts of(List<String> predicted, List<String> truth) {
        Map<String, Long> p = new HashMap<>();
        Map<String, Long> t = new HashMap<>();
        Map<String, Long> pt = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            p.merge(predicted.get(i), 1L, Long::sum);
            t.merge(truth.get(i), 1L, Long::sum);
            pt.merge(predicted.get(i) + "\u0000" + truth.get(i), 1L, Long::sum);
        }
        return new PairCounts(pairs(t), pairs(p), pairs(pt));
    }

    private static long pairs(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
    }

    double precision() {
        return predictedPairs == 0 ? 1 : (double) both / predictedPairs;
    }

    double recall() {
        return truePairs == 0 ? 1 : (double) both / truePairs;
    }
}
