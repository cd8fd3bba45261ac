package org.palermo.core.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the synthetic world should look like. All randomness derives from {@code seed}; all time from
 * {@code start}.
 *
 * @param ads               number of ads to generate
 * @param seed              the seed of every random choice: same settings, same world, byte for byte
 * @param independentShare  share of ads posted by independent adult workers
 * @param agencyShare       share of ads posted by agencies and parlours
 * @param controlledShare   share of ads posted by controllers for victims (the trafficking ground truth)
 * @param countries         ISO country codes whose cities the world uses (US, CA, GB, IE, AU)
 * @param obfuscationRate   mean probability that a controlled ad disguises its phone number; independents
 *                          disguise at {@value #INDEPENDENT_OBFUSCATION_FACTOR} times and agencies at
 *                          {@value #AGENCY_OBFUSCATION_FACTOR} times this rate
 * @param maxEdits          most word edits (substitution, insertion, deletion, swap, typo) applied to one ad
 * @param minorShare        probability that a controlled victim is a minor
 * @param tips              number of tip-line reports
 * @param people            number of potential-victim case records
 * @param start             first posting day (UTC)
 * @param spanDays          days over which ads are posted (approximately: the last actors finish after it)
 */
public record WorldSettings(
        int ads,
        long seed,
        double independentShare,
        double agencyShare,
        double controlledShare,
        Set<String> countries,
        double obfuscationRate,
        int maxEdits,
        double minorShare,
        int tips,
        int people,
        LocalDate start,
        int spanDays) {

    public static final double INDEPENDENT_OBFUSCATION_FACTOR = 0.18;
    public static final double AGENCY_OBFUSCATION_FACTOR = 0.06;
    public static final Set<String> ALL_COUNTRIES = Set.of("US", "CA", "GB", "IE", "AU");

    public WorldSettings {
        countries = countries == null ? ALL_COUNTRIES : Set.copyOf(countries);
        List<String> problems = new ArrayList<>();
        if (ads < 0) {
            problems.add("ads must be >= 0, was " + ads);
        }
        requireShare("independentShare", independentShare, problems);
        requireShare("agencyShare", agencyShare, problems);
        requireShare("controlledShare", controlledShare, problems);
        double total = independentShare + agencyShare + controlledShare;
        if (Math.abs(total - 1.0) > 1e-6) {
            problems.add("actor mix must sum to 1, was " + total);
        }
        if (countries.isEmpty() || !ALL_COUNTRIES.containsAll(countries)) {
            problems.add("countries must be a non-empty subset of " + new java.util.TreeSet<>(ALL_COUNTRIES) + ", was "
                    + new java.util.TreeSet<>(countries));
        }
        requireShare("obfuscationRate", obfuscationRate, problems);
        requireShare("minorShare", minorShare, problems);
        if (maxEdits < 0 || maxEdits > 20) {
            problems.add("maxEdits must be in 0..20, was " + maxEdits);
        }
        if (tips < 0) {
            problems.add("tips must be >= 0, was " + tips);
        }
        if (people < 0) {
            problems.add("people must be >= 0, was " + people);
        }
        if (start == null) {
            problems.add("start date is required");
        }
        if (spanDays < 1 || spanDays > 3650) {
            problems.add("spanDays must be in 1..3650, was " + spanDays);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid world settings: " + String.join("; ", problems));
        }
    }

    /** 10,000 ads, seed 1, 60/25/15 mix, all countries, 180 days from 2025-01-01. */
    public static WorldSettings defaults() {
        return new WorldSettings(10_000, 1L, 0.60, 0.25, 0.15, ALL_COUNTRIES, 0.55, 3, 0.12, 300, 300,
                LocalDate.of(2025, 1, 1), 180);
    }

    public WorldSettings withAds(int newAds) {
        return new WorldSettings(newAds, seed, independentShare, agencyShare, controlledShare, countries,
                obfuscationRate, maxEdits, minorShare, tips, people, start, spanDays);
    }

    public WorldSettings withSeed(long newSeed) {
        return new WorldSettings(ads, newSeed, independentShare, agencyShare, controlledShare, countries,
                obfuscationRate, maxEdits, minorShare, tips, people, start, spanDays);
    }

    public WorldSettings withMix(double independent, double agency, double controlled) {
        return new WorldSettings(ads, seed, independent, agency, controlled, countries, obfuscationRate, maxEdits,
                minorShare, tips, people, start, spanDays);
    }

    /** The share of ads of one kind. */
    public double share(ActorKind kind) {
        return switch (kind) {
            case INDEPENDENT -> independentShare;
            case AGENCY -> agencyShare;
            case CONTROLLED -> controlledShare;
        };
    }

    /** Mean probability that an actor of this kind disguises a phone number in an ad. */
    public double obfuscationRate(ActorKind kind) {
        return switch (kind) {
            case INDEPENDENT -> obfuscationRate * INDEPENDENT_OBFUSCATION_FACTOR;
            case AGENCY -> obfuscationRate * AGENCY_OBFUSCATION_FACTOR;
            case CONTROLLED -> obfuscationRate;
        };
    }

    private static void requireShare(String name, double value, List<String> problems) {
        if (!(value >= 0.0 && value <= 1.0)) {
            problems.add(name + " must be in [0, 1], was " + value);
        }
    }
}
