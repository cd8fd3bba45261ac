package org.palermo.core.world;

import java.util.Objects;
import org.palermo.core.identifiers.IdentifierType;

/**
 * An identifier the generator wrote into an ad, with its normalised value and whether it was disguised.
 *
 * @param value normalised: phones E.164, emails lower-case, handles {@code platform:name} and payment handles
 *              {@code app:name} lower-case, urls as written without scheme
 * @param hub   whether the identifier is shared by unrelated actors (a hotel switchboard, a booking service):
 *              it joins ads of different networks, so a linker must not merge networks through it
 */
public record PlantedIdentifier(IdentifierType type, String value, boolean obfuscated, boolean hub) {

    public PlantedIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public PlantedIdentifier(IdentifierType type, String value, boolean obfuscated) {
        this(type, value, obfuscated, false);
    }
}
