package org.palermo.core.world;

import org.palermo.core.identifiers.IdentifierType;

/** An identifier the generator wrote into an ad, with its normalised value and whether it was disguised. */
public record PlantedIdentifier(IdentifierType type, String value, boolean obfuscated) {
}
