package org.palermo.core.screening;

import java.util.List;
import org.palermo.core.identifiers.Identifier;

/**
 * The screening of one ad: a calibrated risk with its band and the explanation behind it.
 *
 * @param score      sum of the weights of {@code indicators}: the evidence before calibration
 * @param categories the distinct categories of the indicators that fired, weightless ones included
 * @param indicators the explanation: each indicator that fired, once, with the first text that triggered it
 */
public record ScreenResult(
        String adId,
        double risk,
        Band band,
        double score,
        List<Category> categories,
        List<FiredIndicator> indicators,
        List<Identifier> identifiers,
        String rulebookVersion,
        String calibrationVersion) {

    public ScreenResult {
        categories = List.copyOf(categories);
        indicators = List.copyOf(indicators);
        identifiers = List.copyOf(identifiers);
    }
}
