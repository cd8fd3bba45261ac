package org.palermo.app.ads;

import java.util.List;
import java.util.Objects;
import org.palermo.core.identifiers.Identifier;

/**
 * What the pipeline found in one ad.
 *
 * @param verdict the screening result, or null when the ad was not screened (no screening step wired yet)
 */
public record AdAnalysis(List<Identifier> identifiers, Verdict verdict) {

    public static final AdAnalysis NOT_SCREENED = new AdAnalysis(List.of(), null);

    public AdAnalysis {
        identifiers = List.copyOf(Objects.requireNonNull(identifiers, "identifiers"));
    }

    public boolean screened() {
        return verdict != null;
    }
}
