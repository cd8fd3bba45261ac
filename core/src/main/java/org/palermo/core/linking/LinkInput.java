package org.palermo.core.linking;

import java.util.List;
import java.util.Objects;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;

/**
 * One ad handed to linking, with the identifiers an extractor found in it and, optionally, its screening risk.
 * The extractor is not called here: whoever builds the input chooses it (the CLI, the server, a test).
 *
 * @param risk screening risk in [0, 1], or {@code null} when the ad was not screened
 */
public record LinkInput(Ad ad, List<Identifier> identifiers, Double risk) {

    public LinkInput {
        Objects.requireNonNull(ad, "ad");
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        if (risk != null && (risk.isNaN() || risk < 0 || risk > 1)) {
            throw new IllegalArgumentException("risk must lie in [0, 1], was " + risk);
        }
    }

    public static LinkInput of(Ad ad, List<Identifier> identifiers) {
        return new LinkInput(ad, identifiers, null);
    }
}
