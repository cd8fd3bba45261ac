package org.palermo.core.screening;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.palermo.core.identifiers.Identifier;
import org.palermo.core.identifiers.IdentifierType;

/**
 * Ad-level features that a phrase cannot express, named in the rulebook with {@code detector: name}. Each looks at
 * one ad and returns the text that triggered it, or nothing. Every detector is monotone: more text never turns
 * one off.
 */
final class Detectors {

    /** One ad-level feature. */
    interface Detector {
        Optional<Span> detect(AdView ad);
    }

    /** A price below this share of the city's median price fires {@code price-below-market}. */
    static final double FAR_BELOW_MARKET = 0.5;

    static final Map<String, Detector> ALL = Map.of(
            "obscured-phone", ad -> firstIdentifier(ad, true),
            "obscured-contact", ad -> firstIdentifier(ad, false),
            "several-ages", Detectors::severalAges,
            "stated-age-under-18", ad -> statedAge(ad, 0, 17),
            "stated-age-18-to-22", ad -> statedAge(ad, 18, 22),
            "several-names", Detectors::severalNames,
            "price-below-market", Detectors::priceBelowMarket);

    static final Set<String> NAMES = ALL.keySet();

    private Detectors() {
    }

    private static Optional<Span> firstIdentifier(AdView ad, boolean phone) {
        for (Identifier id : ad.identifiers()) {
            if (id.obfuscated() && (id.type() == IdentifierType.PHONE) == phone) {
                return Optional.of(spanOf(ad, id));
            }
        }
        return Optional.empty();
    }

    private static Span spanOf(AdView ad, Identifier id) {
        String text = ad.text();
        if (id.end() <= text.length()) {
            return Span.of(text, id.start(), id.end());
        }
        return new Span(id.text(), 0, 0);
    }

    private static Optional<Span> severalAges(AdView ad) {
        Set<Integer> ages = new HashSet<>();
        for (StatedAges.Age age : ad.ages()) {
            if (age.value() >= 12 && age.value() < 70 && ages.add(age.value()) && ages.size() == 2) {
                return Optional.of(age.span());
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> statedAge(AdView ad, int from, int to) {
        for (StatedAges.Age age : ad.ages()) {
            if (age.value() >= Math.max(from, 10) && age.value() <= to) {
                return Optional.of(age.span());
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> severalNames(AdView ad) {
        Set<String> names = new HashSet<>();
        for (Span name : ad.names()) {
            if (names.add(name.text()) && names.size() == 2) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> priceBelowMarket(AdView ad) {
        Double price = ad.ad().price();
        if (price == null || price <= 0 || ad.ad().city() == null) {
            return Optional.empty();
        }
        OptionalDouble median = ad.market().median(ad.ad().city());
        if (median.isEmpty() || price >= FAR_BELOW_MARKET * median.getAsDouble()) {
            return Optional.empty();
        }
        return Optional.of(new Span(
                String.format(java.util.Locale.ROOT, "price %.0f vs %s median %.0f",
                        price, ad.ad().city(), median.getAsDouble()),
                0, 0));
    }
}
