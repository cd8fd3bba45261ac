package org.palermo.core.world;

/** A person as first seen in an ad: what tips and case records later refer to. */
record Sighting(Person person, String actorId, String networkId, ActorKind kind, Phone phone, City city,
                long at) {
}
