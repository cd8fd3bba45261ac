package org.palermo.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationFittingTest {

    /** Scores 0..4 with a known rate of positives at each score: 10%, 20%, 50%, 80%, 90%. */
    private static final int[] POSITIVES_PER_100 = {10, 20, 50, 80, 90};

    private static double[] scores() {
        double[] scores = new double[500];
        for (int i = 0; i < 500; i++) {
            scores[i] = i / 100;
        }
        return scores;
    }

    private static boolean[] labels() {
        boolean[] labels = new boolean[500];
        for (int i = 0; i < 500; i++) {
            labels[i] = i % 100 < POSITIVES_PER_100[i / 100];
        }
        return labels;
    }

    @Test
    void fittedProbabilitiesFollowTheObservedRates() {
        PlattScaling.Fit fit = PlattScaling.fit(scores(), labels());
        Calibration calibration = new Calibration("fit", fit.slope(), fit.intercept(), 0.3, 0.7, "", "");

        assertThat(fit.slope()).isPositive();
        assertThat(calibration.probability(2)).isCloseTo(0.5, within(0.03));
        assertThat(calibration.probability(0)).isCloseTo(0.1, within(0.05));
        assertThat(calibration.probability(4)).isCloseTo(0.9, within(0.05));
    }

    @Test
    void reportShowsAGoodFitAsReliable() {
        PlattScaling.Fit fit = PlattScaling.fit(scores(), labels());
        Calibration calibration = new Calibration("fit", fit.slope(), fit.intercept(), 0.3, 0.7, "", "");

        CalibrationReport report = CalibrationReport.of(calibration, scores(), labels());

        assertThat(report.ads()).isEqualTo(500);
        assertThat(report.positives()).isEqualTo(250);
        assertThat(report.brier()).isLessThan(0.2);
        assertThat(report.auc()).isGreaterThan(0.8);
        assertThat(report.reliability()).allSatisfy(
                bin -> assertThat(bin.meanPredicted()).isCloseTo(bin.observedRate(), within(0.06)));
        assertThat(report.toMarkdown()).contains("| predicted risk | ads |");
    }

    @Test
    void evidenceThatPointsTheWrongWayGivesAFlatCalibrationNotADecreasingOne() {
        double[] scores = scores();
        boolean[] labels = labels();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = !labels[i];
        }

        PlattScaling.Fit fit = PlattScaling.fit(scores, labels);

        assertThat(fit.slope()).isZero();
    }

    @Test
    void fittingNeedsBothClasses() {
        assertThatThrownBy(() -> PlattScaling.fit(new double[] {1, 2}, new boolean[] {true, true}))
                .hasMessageContaining("both positive and negative");
    }

    @Test
    void calibrationFileRoundTrips() {
        Calibration calibration = new Calibration("mine-v2", 0.8, -2.5, 0.25, 0.6, "rulebook-v1", "my labels");

        assertThat(Calibration.parse("c", calibration.format())).isEqualTo(calibration);
    }

    @Test
    void negativeSlopeIsRejectedBecauseRiskMustBeMonotone() {
        assertThatThrownBy(() -> new Calibration("x", -1, 0, 0.3, 0.7, "", "")).hasMessageContaining("monotone");
    }

    @Test
    void calibrationFileWithoutVersionIsRejected() {
        assertThatThrownBy(() -> Calibration.parse("c.properties", "slope = 1\nintercept = 0\nband.medium = 0.3\n"
                + "band.high = 0.7\n")).hasMessageContaining("c.properties").hasMessageContaining("version");
    }

    @Test
    void shippedCalibrationLoads() {
        Calibration calibration = Calibration.defaults();

        assertThat(calibration.version()).isNotBlank();
        assertThat(calibration.probability(0)).isLessThan(calibration.probability(3));
    }
}
