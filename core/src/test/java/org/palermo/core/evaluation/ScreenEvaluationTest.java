package org.palermo.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.palermo.core.identifiers.IdentifierType;
import org.palermo.core.world.ActorKind;
import org.palermo.core.world.AdTruth;
import org.palermo.core.world.PlantedIdentifier;

class ScreenEvaluationTest {

    private static final PlantedIdentifier PHONE = new PlantedIdentifier(IdentifierType.PHONE, "+14155550123", false);
    private static final PlantedIdentifier HIDDEN = new PlantedIdentifier(IdentifierType.PHONE, "+14805551904", true);

    private static AdTruth truth(String id, ActorKind kind, boolean minor, PlantedIdentifier... identifiers) {
        return new AdTruth(id, "actor-" + id, kind, "net-" + id, null, minor, "tpl-" + id, List.of(identifiers));
    }

    private static ScreenPrediction prediction(String id, double risk, String band, Set<String> categories,
                                               IdentifierValue... identifiers) {
        return new ScreenPrediction(id, risk, band, categories, List.of(identifiers));
    }

    @Test
    void bandsAucAndYouthRecallFollowTheHandCount() {
        ScreenEvaluation evaluation = new ScreenEvaluation();
        evaluation.add(truth("1", ActorKind.CONTROLLED, true), prediction("1", 0.9, "high", Set.of("YOUTH")));
        evaluation.add(truth("2", ActorKind.CONTROLLED, true), prediction("2", 0.5, "medium", Set.of("MEANS")));
        evaluation.add(truth("3", ActorKind.INDEPENDENT, false), prediction("3", 0.6, "high", Set.of()));
        evaluation.add(truth("4", ActorKind.INDEPENDENT, false), prediction("4", 0.1, "low", Set.of()));
        evaluation.add(truth("5", ActorKind.AGENCY, false), prediction("5", 0.2, "low", Set.of()));

        ScreenReport report = evaluation.report();

        // positives 0.9, 0.5 vs negatives 0.6, 0.1, 0.2: 0.9 beats all 3, 0.5 beats 2 -> 5/6
        assertThat(report.auc()).isCloseTo(5.0 / 6, within(1e-12));
        ScreenReport.BandFigures high = report.bands().get("high");
        assertThat(high.precision()).isEqualTo(new Ratio(1, 2));
        assertThat(high.recall()).isEqualTo(new Ratio(1, 2));
        assertThat(high.independentFalsePositive()).isEqualTo(new Ratio(1, 2));
        ScreenReport.BandFigures medium = report.bands().get("medium");
        assertThat(medium.recall()).isEqualTo(new Ratio(2, 2));
        assertThat(report.youthRecall()).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void identifiersMatchByExactNormalisedValueAndObfuscatedOnesAreCountedApart() {
        ScreenEvaluation evaluation = new ScreenEvaluation();
        evaluation.add(truth("1", ActorKind.CONTROLLED, false, PHONE, HIDDEN),
                prediction("1", 0.5, "medium", Set.of(),
                        new IdentifierValue(IdentifierType.PHONE, "+14155550123", false),
                        new IdentifierValue(IdentifierType.PHONE, "+14805551900", true)));
        evaluation.add(truth("2", ActorKind.INDEPENDENT, false,
                        new PlantedIdentifier(IdentifierType.EMAIL, "jane@mail.example", true)),
                prediction("2", 0.1, "low", Set.of(),
                        new IdentifierValue(IdentifierType.EMAIL, "Jane@Mail.example", true)));

        ScreenReport report = evaluation.report();

        assertThat(report.identifiers().precision()).isEqualTo(new Ratio(2, 3));
        assertThat(report.identifiers().recall()).isEqualTo(new Ratio(2, 3));
        assertThat(report.obfuscated().recall()).isEqualTo(new Ratio(1, 2));
        assertThat(report.obfuscated().precision()).isEqualTo(new Ratio(1, 2));
        assertThat(report.identifiersByType().get(IdentifierType.PHONE).recall()).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void aMissingPredictionCountsAsLowRiskAndIsReported() {
        ScreenEvaluation evaluation = new ScreenEvaluation();
        evaluation.add(truth("1", ActorKind.CONTROLLED, false, PHONE), null);
        evaluation.add(truth("2", ActorKind.INDEPENDENT, false), prediction("2", 0.3, "low", Set.of()));
        ScreenReport report = evaluation.report();
        assertThat(report.missingPredictions()).isEqualTo(1);
        assertThat(report.auc()).isEqualTo(0.0);
        assertThat(report.identifiers().recall()).isEqualTo(new Ratio(0, 1));
    }
}
