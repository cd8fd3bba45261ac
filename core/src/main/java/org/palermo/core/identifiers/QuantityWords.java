package org.palermo.core.identifiers;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words around a number that say it is a quantity, a date, an id or an address part, not a phone. */
final class QuantityWords {

    /** Words that, right after a number of at most the given digit count, make it a quantity and not a phone. */
    private static final Map<String, Integer> UNITS_AFTER = units();

    /** Words that, right before a number, make it an id, an age, a postcode or an address part. */
    private static final Set<String> LABELS_BEFORE = Set.of(
            "age", "aged", "id", "ref", "reference", "posting", "listing", "invoice", "order", "zip", "zipcode",
            "postcode", "room", "suite", "apt", "unit", "ste", "size", "height", "weight", "bust", "waist", "hips",
            "ages", "est", "since", "year", "born");

    private static final Set<String> MONTHS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december");

    private static final Set<String> US_STATES = Set.of(
            "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks",
            "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc",
            "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy");

    private QuantityWords() {
    }

    /** The most digits a number may have and still be a quantity of this unit, or null if it is no unit. */
    static Integer maxDigitsBefore(String unit) {
        return UNITS_AFTER.get(unit);
    }

    static boolean isLabel(String word) {
        return LABELS_BEFORE.contains(word);
    }

    static boolean isMonth(String word) {
        return MONTHS.contains(word);
    }

    static boolean isUsState(String word) {
        return US_STATES.contains(word);
    }

    private static Map<String, Integer> units() {
        HashMap<String, Integer> map = new HashMap<>();
        for (String w : new String[] {"yo", "yrs", "yr", "years", "year", "y", "ans", "ft", "feet", "foot", "th",
            "st", "nd", "rd", "inch", "inches"}) {
            map.put(w, 2);
        }
        for (String w : new String[] {"am", "pm", "cm", "mm", "percent", "min", "mins", "minute", "minutes"}) {
            map.put(w, 4);
        }
        for (String w : new String[] {"hr", "hrs", "hour", "hours", "h", "hh", "hhr", "hrly", "roses", "rose",
            "dollars", "dollar", "usd", "cad", "aud", "eur", "euro", "euros", "gbp", "bucks", "k", "lbs", "lb",
            "pounds", "kg", "kgs", "kilos", "miles", "mi", "km", "incall", "outcall", "qv", "qk", "special",
            "specials", "half", "full", "hhs", "gifts", "gift", "donation", "donations", "overnight"}) {
            map.put(w, 4);
        }
        return Map.copyOf(map);
    }
}
