package org.palermo.core.world;

import java.util.List;
import java.util.Locale;

/** Test-side readings of an ad's text for the indicators the world promises (see docs/world.md). */
final class IndicatorsInText {

    static final List<String> MOVEMENT = List.of("new in town", "visiting", "just arrived", "leaving soon",
            "limited time", "on tour", "in town until", "back in ", "only here for");
    static final List<String> THIRD_PERSON = List.of("she is", "she speaks", "my girls", "new girls", "her friend",
            "for her", "for the girls", " is our newest", "our ladies");
    static final List<String> YOUTH = List.of("just turned 18", "just turned eighteen", "very young", "young and new",
            "new to this", "youthful", "fresh faced", "first week working");
    static final List<String> TRUST = List.of("real photos", "discreet and professional", "safe, clean",
            "trusted and verified", "satisfaction guaranteed", "no rush", "real pics", "professional and reliable");

    private IndicatorsInText() {
    }

    static boolean any(String text, List<String> phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    static boolean ethnicity(String text) {
        for (String ethnicity : Phrases.ETHNICITIES) {
            if (text.contains(ethnicity)) {
                return true;
            }
        }
        return false;
    }
}
