package org.palermo.app.ads;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A screening verdict as the server stores and shows it.
 *
 * @param risk               calibrated risk in [0, 1]
 * @param band               {@code low}, {@code medium} or {@code high}
 * @param categories         indicator categories that fired
 * @param indicators         the explanation: a JSON array in the {@code palermo screen} output contract
 *                           ({@code code, category, weight, grade, text, start, end})
 * @param rulebookVersion    the rulebook that produced it
 * @param calibrationVersion the calibration that turned the score into a risk, or null
 */
public record Verdict(double risk, String band, List<String> categories, JsonNode indicators, String rulebookVersion,
        String calibrationVersion) {

    public static final Set<String> BANDS = Set.of("low", "medium", "high");

    public Verdict {
        if (Double.isNaN(risk) || risk < 0 || risk > 1) {
            throw new IllegalArgumentException("risk must be in [0, 1], was " + risk);
        }
        if (!BANDS.contains(band)) {
            throw new IllegalArgumentException("band must be low, medium or high, was " + band);
        }
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(rulebookVersion, "rulebookVersion");
    }
}
