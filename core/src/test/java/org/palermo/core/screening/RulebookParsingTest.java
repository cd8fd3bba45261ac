package org.palermo.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RulebookParsingTest {

    private static final String GOOD = """
            # a comment
            version: test-1

            [YOUNG]
            category: YOUTH
            grade: VALIDATED
            weight: 2
            source: a study
            pattern: young
            pattern: teen*

            [MOVING]
            category: MOVEMENT
            grade: CONTRADICTED
            weight: 0
            source: another study
            pattern: new in town
            """;

    @Test
    void readsVersionIndicatorsAndPatterns() {
        Rulebook rulebook = Rulebook.parse("good.txt", GOOD);

        assertThat(rulebook.version()).isEqualTo("test-1");
        assertThat(rulebook.rules()).extracting(IndicatorRule::code).containsExactly("YOUNG", "MOVING");
        IndicatorRule young = rulebook.rules().get(0);
        assertThat(young.category()).isEqualTo(Category.YOUTH);
        assertThat(young.grade()).isEqualTo(EvidenceGrade.VALIDATED);
        assertThat(young.weight()).isEqualTo(2.0);
        assertThat(young.patterns()).containsExactly("young", "teen*");
    }

    @Test
    void shippedRulebookParsesAndHasAVersion() {
        Rulebook rulebook = Rulebook.defaults();

        assertThat(rulebook.version()).startsWith("rulebook-v2");
        assertThat(rulebook.rules()).hasSizeGreaterThan(15);
        assertThat(rulebook.rules()).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
    }

    @Test
    void previousRulebookStillParsesForReproducingOldResults() throws Exception {
        try (var in = Rulebook.class.getResourceAsStream("rulebook-v1.txt")) {
            Rulebook v1 = Rulebook.parse("rulebook-v1.txt", new String(in.readAllBytes(), "UTF-8"));

            assertThat(v1.version()).startsWith("rulebook-v1");
        }
    }

    @Test
    void unknownKeyIsReportedWithItsLineNumber() {
        String text = GOOD.replace("source: a study", "sauce: a study");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text))
                .isInstanceOfSatisfying(RulebookFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(8))
                .hasMessageContaining("bad.txt:8").hasMessageContaining("unknown key 'sauce'");
    }

    @Test
    void weightThatIsNotANumberIsReportedWithItsLineNumber() {
        String text = GOOD.replace("weight: 2", "weight: heavy");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text))
                .hasMessageContaining("bad.txt:7").hasMessageContaining("'heavy'");
    }

    @Test
    void lineWithoutColonIsReportedWithItsLineNumber() {
        String text = GOOD.replace("pattern: young", "pattern young");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text))
                .hasMessageContaining("bad.txt:9").hasMessageContaining("expected 'key: value'");
    }

    @Test
    void unknownCategoryNamesTheAllowedOnes() {
        String text = GOOD.replace("category: YOUTH", "category: AGEISM");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text))
                .hasMessageContaining("bad.txt:5").hasMessageContaining("AGEISM").hasMessageContaining("MOVEMENT");
    }

    @Test
    void contradictedIndicatorWithAWeightIsRejectedAtItsSection() {
        String text = GOOD.replace("weight: 0", "weight: 0.5");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text))
                .isInstanceOfSatisfying(RulebookFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(12))
                .hasMessageContaining("CONTRADICTED");
    }

    @Test
    void negativeWeightIsRejectedBecauseEvidenceMustNeverLowerRisk() {
        String text = GOOD.replace("weight: 2", "weight: -1");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text)).hasMessageContaining("bad.txt:4")
                .hasMessageContaining(">= 0");
    }

    @Test
    void missingSourceIsRejected() {
        String text = GOOD.replace("source: a study\n", "");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text)).hasMessageContaining("bad.txt:4")
                .hasMessageContaining("'source:'");
    }

    @Test
    void wildcardInsideAPatternIsRejected() {
        String text = GOOD.replace("pattern: teen*", "pattern: te*en");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text)).hasMessageContaining("bad.txt:10")
                .hasMessageContaining("'*' may only end a pattern");
    }

    @Test
    void missingVersionIsRejected() {
        assertThatThrownBy(() -> Rulebook.parse("bad.txt", GOOD.replace("version: test-1", "")))
                .hasMessageContaining("version");
    }

    @Test
    void duplicateCodeIsRejected() {
        String text = GOOD.replace("[MOVING]", "[YOUNG]");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text)).hasMessageContaining("YOUNG appears twice");
    }

    @Test
    void unknownDetectorIsRejected() {
        String text = GOOD.replace("pattern: new in town", "detector: crystal-ball");

        assertThatThrownBy(() -> Rulebook.parse("bad.txt", text)).hasMessageContaining("crystal-ball");
    }
}
