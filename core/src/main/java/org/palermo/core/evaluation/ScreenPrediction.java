package org.palermo.core.evaluation;

import java.util.List;
import java.util.Set;

/**
 * What a screener said about one ad, as far as evaluation needs it.
 *
 * @param band                 "low", "medium" or "high"
 * @param indicatorCategories  the categories of the indicators that fired (e.g. YOUTH)
 */
public record ScreenPrediction(String id, double risk, String band, Set<String> indicatorCategories,
                               List<IdentifierValue> identifiers) {

    public ScreenPrediction {
        if (Double.isNaN(risk) || risk < 0 || risk > 1) {
            throw new IllegalArgumentException("risk of ad " + id + " must be in [0, 1], was " + risk);
        }
        indicatorCategories = Set.copyOf(indicatorCategories);
        identifiers = List.copyOf(identifiers);
    }
}
