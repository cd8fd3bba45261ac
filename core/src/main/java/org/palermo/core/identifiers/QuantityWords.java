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

    /**
     * Length, first and last character of the words of each list: a word of another shape is in no list, and is
     * answered without cutting its letters out or hashing them (most words beside a number are in none).
     */
    private static final Shapes UNIT_SHAPES = new Shapes(UNITS_AFTER.keySet());
    private static final Shapes LABEL_SHAPES = new Shapes(LABELS_BEFORE);
    private static final Shapes MONTH_SHAPES = new Shapes(MONTHS);
    private static final Shapes STATE_SHAPES = new Shapes(US_STATES);

    private QuantityWords() {
    }

    /** {@link #maxDigitsBefore(String)} of a word piece. */
    static Integer maxDigitsBefore(Piece word) {
        return UNIT_SHAPES.admit(word) ? maxDigitsBefore(word.word()) : null;
    }

    /** {@link #isLabel(String)} of a word piece. */
    static boolean isLabel(Piece word) {
        return LABEL_SHAPES.admit(word) && isLabel(word.word());
    }

    /** {@link #isMonth(String)} of a word piece. */
    static boolean isMonth(Piece word) {
        return MONTH_SHAPES.admit(word) && isMonth(word.word());
    }

    /** {@link #isUsState(String)} of a word piece. */
    static boolean isUsState(Piece word) {
        return STATE_SHAPES.admit(word) && isUsState(word.word());
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

    /** The shapes (length, first and last letter a-z) of a list's words. */
    private static final class Shapes {
        private static final int LONGEST = 15;
        private final boolean[] shapes = new boolean[(LONGEST + 1) * 26 * 26];

        Shapes(Set<String> words) {
            for (String word : words) {
                if (word.length() > LONGEST || !isLetter(word.charAt(0)) || !isLetter(word.charAt(word.length() - 1))) {
                    throw new IllegalArgumentException("a listed word must be a-z, at most " + LONGEST
                            + " letters: '" + word + "'");
                }
                shapes[index(word.length(), word.charAt(0), word.charAt(word.length() - 1))] = true;
            }
        }

        /** False when the word piece is in no list of these shapes; true when it may be. */
        boolean admit(Piece word) {
            int length = word.end - word.start;
            char first = word.wordCharAt(0);
            char last = word.wordCharAt(length - 1);
            return length <= LONGEST && isLetter(first) && isLetter(last) && shapes[index(length, first, last)];
        }

        private static int index(int length, char first, char last) {
            return (length * 26 + first - 'a') * 26 + last - 'a';
        }

        private static boolean isLetter(char c) {
            return c >= 'a' && c <= 'z';
        }
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
