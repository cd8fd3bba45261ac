package org.palermo.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsOnHandComputedCasesTest {

    @Test
    void aucIsTheShareOfPositiveNegativePairsRankedRight() {
        // pairs (positive, negative): (0.35,0.1) right, (0.35,0.4) wrong, (0.8,0.1) right, (0.8,0.4) right -> 3/4
        double auc = RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true});
        assertThat(auc).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aucCountsTiesAsOneHalf() {
        double auc = RocAuc.of(new double[] {0.5, 0.5, 0.9}, new boolean[] {true, false, false});
        // pairs: (0.5 vs 0.5) tie -> 0.5, (0.5 vs 0.9) wrong -> 0; total 0.5 / 2
        assertThat(auc).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void aucIsUndefinedWithoutBothClasses() {
        assertThat(RocAuc.of(new double[] {0.2, 0.3}, new boolean[] {true, true})).isNaN();
        assertThatThrownBy(() -> RocAuc.of(new double[] {0.2}, new boolean[] {true, false}))
                .hasMessageContaining("differ in length");
    }

    @Test
    void pairCountsMatchAHandCountedContingencyTable() {
        PairCounts counts = new PairCounts();
        String[] truth = {"a", "a", "a", "b", "b"};
        String[] predicted = {"x", "x", "y", "y", "y"};
        for (int i = 0; i < truth.length; i++) {
            counts.add(truth[i], predicted[i]);
        }
        PairCounts.Result r = counts.result();
        // cells (a,x)=2 (a,y)=1 (b,y)=2 -> pairs joined by both = 1 + 0 + 1 = 2; truth pairs 3+1; predicted 1+3
        assertThat(r.joinedByBoth()).isEqualTo(2);
        assertThat(r.joinedByTruth()).isEqualTo(4);
        assertThat(r.joinedByPrediction()).isEqualTo(4);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isEqualTo(0.5);
        // ARI: expected = 4*4/10 = 1.6, max = 4 -> (2-1.6)/(4-1.6) = 1/6 (sklearn adjusted_rand_score agrees)
        assertThat(r.adjustedRandIndex()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void identicalClusteringsScorePerfectlyWhateverTheLabels() {
        PairCounts counts = new PairCounts();
        String[] truth = {"a", "a", "b", "c", "c", "c"};
        String[] predicted = {"7", "7", "8", "9", "9", "9"};
        for (int i = 0; i < truth.length; i++) {
            counts.add(truth[i], predicted[i]);
        }
        PairCounts.Result r = counts.result();
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.adjustedRandIndex()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void everythingInOneClusterHasFullRecallButNoAgreementBeyondChance() {
        PairCounts counts = new PairCounts();
        String[] truth = {"a", "a", "b", "b"};
        for (String t : truth) {
            counts.add(t, "all");
        }
        PairCounts.Result r = counts.result();
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.precision()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(r.adjustedRandIndex()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void missingLinkPredictionsCountAgainstRecallOnly() {
        LinkEvaluation evaluation = new LinkEvaluation();
        evaluation.add("1", "t1", "n1", "T", "N");
        evaluation.add("2", "t1", "n1", "T", "N");
        evaluation.add("3", "t1", "n1", null, null);
        LinkEvaluation.LinkReport report = evaluation.report();
        assertThat(report.missingPredictions()).isEqualTo(1);
        assertThat(report.networks().precision()).isEqualTo(1.0);
        assertThat(report.networks().recall()).isCloseTo(1.0 / 3, within(1e-12));
    }
}
