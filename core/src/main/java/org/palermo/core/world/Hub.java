package org.palermo.core.world;

/**
 * An identifier owner shared by unrelated actors: a hotel whose switchboard several workers give, or a booking
 * service. Exactly one of {@code phone} and {@code email} is used per mention.
 */
record Hub(String name, boolean hotel, Phone phone, String email, String city, String country) {
}
