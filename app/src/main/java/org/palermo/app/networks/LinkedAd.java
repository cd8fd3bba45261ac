package org.palermo.app.networks;

import java.util.List;
import java.util.Objects;
import org.palermo.core.ads.Ad;
import org.palermo.core.identifiers.Identifier;

/**
 * A committed ad handed to linking: its database id, the ad, the identifiers extraction found and its screening
 * risk ({@code null} when it was not screened).
 */
public record LinkedAd(long id, Ad ad, List<Identifier> identifiers, Double risk) {

    public LinkedAd {
        Objects.requireNonNull(ad, "ad");
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
