package org.palermo.core.world;

/**
 * A person advertised in ads: an independent worker, an agency's worker or a controlled victim.
 *
 * @param statedAge the age the ads give (never under 18, also for minors)
 * @param age       the true age (under 18 for minors)
 * @param nationality ISO country code
 */
public record Person(String id, String name, int statedAge, int age, boolean minor, String ethnicity,
                     String nationality, String height, String weight, String hair, String youthPhrase) {
}
