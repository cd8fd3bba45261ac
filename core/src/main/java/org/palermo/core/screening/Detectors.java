package org.palermo.core.screening;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern AGE = Pattern.compile(
            "(?i)\\b(?:(\\d{2})\\s*(?:yo|y\\.o\\.?|y/o|yrs?\\.?\\s*old|years?\\s*old|years?\\s*young)(?![a-z])"
                    + "|age\\s*[:=]?\\s*(\\d{2})(?![\\d/'\".:%$])"
                    + "|(?:i'?m|i am|she'?s|she is)\\s+(\\d{2})(?![\\d/'\".:%$a-z]))");

    private static final Pattern NAME = Pattern.compile(
            "(?i:\\bmy name is|\\bname'?s|\\bask for|\\bcall me|\\bmeet|\\bi'?m|\\bi am)\\s+([A-Z][a-z]{2,})\\b");

    private static final Set<String> NOT_NAMES = Set.of(
            "Available", "Back", "Here", "New", "Ready", "Sweet", "Young", "Your", "You", "The", "Now", "Today",
            "Tonight", "Real", "Very", "Not", "Just", "Only", "Also", "Always", "Open", "Free", "Fun",
            "Friendly", "Sexy", "Hot", "Beautiful", "Gorgeous", "Petite", "Independent", "Visiting", "Waiting",
            "Looking", "Discreet", "Professional", "Clean", "Safe", "Hungry", "Happy", "Down", "Out", "Off",
            "Anytime", "Incall", "Outcall", "Text", "Call", "Me", "Him", "Her", "Them", "Our", "My", "This",
            "That", "Tall", "Blonde", "Brunette", "Latina", "Asian", "Ebony", "Exotic", "Mature", "Educated",
            "Experienced", "Easy", "Into", "Over", "Under", "From", "With", "And", "For", "Sure");

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
        Set<Integer> ages = new LinkedHashSet<>();
        Matcher m = AGE.matcher(ad.text());
        while (m.find()) {
            int age = age(m);
            if (age >= 12 && age < 70 && ages.add(age) && ages.size() == 2) {
                return Optional.of(Span.of(ad.text(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> statedAge(AdView ad, int from, int to) {
        Matcher m = AGE.matcher(ad.text());
        while (m.find()) {
            int age = age(m);
            if (age >= Math.max(from, 10) && age <= to) {
                return Optional.of(Span.of(ad.text(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static int age(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return Integer.parseInt(m.group(g));
            }
        }
        return -1;
    }

    private static Optional<Span> severalNames(AdView ad) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(ad.text());
        while (m.find()) {
            String name = m.group(1);
            if (!NOT_NAMES.contains(name) && names.add(name) && names.size() == 2) {
                return Optional.of(Span.of(ad.text(), m.start(1), m.end(1)));
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
