package org.palermo.core.screening;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the rulebook: an indicator, how it is recognised, how much evidence it carries and where that
 * evidence comes from.
 *
 * @param patterns phrases that trigger it (see docs/screening.md for the pattern syntax); empty for a detector
 * @param detector the name of an ad-level detector (see {@link Detectors}) or {@code null} for a phrase rule
 */
public record IndicatorRule(
        String code,
        Category category,
        EvidenceGrade grade,
        double weight,
        String description,
        String source,
        List<String> patterns,
        String detector) {

    public IndicatorRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category of " + code);
        Objects.requireNonNull(grade, "grade of " + code);
        Objects.requireNonNull(source, "source of " + code);
        description = description == null ? "" : description;
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("indicator code must be UPPER_SNAKE_CASE, was '" + code + "'");
        }
        if (Double.isNaN(weight) || weight < 0 || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(
                    "weight of " + code + " must be a finite number >= 0 (evidence never lowers risk), was " + weight);
        }
        if (grade == EvidenceGrade.CONTRADICTED && weight != 0) {
            throw new IllegalArgumentException(
                    "weight of " + code + " must be 0: its evidence grade is CONTRADICTED, was " + weight);
        }
        if (patterns.isEmpty() == (detector == null)) {
            throw new IllegalArgumentException(code + " needs either patterns or a detector, not both or neither");
        }
    }

    public boolean isDetector() {
        return detector != null;
    }
}
