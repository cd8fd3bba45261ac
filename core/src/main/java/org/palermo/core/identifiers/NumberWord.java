package org.palermo.core.identifiers;

import java.util.List;

/**
 * One way of writing a digit or digits inside a token: a number word ({@code six}), a weak homophone ({@code for}),
 * a teen or a ten ({@code thirteen}, {@code twenty}), a plain digit, or a look-alike letter ({@code o} = 0).
 */
record NumberWord(String spelling, String digits, Kind kind) {

    enum Kind { UNIT, WEAK, TEEN, TENS, DIGIT, LOOK_ALIKE }

    /** Every spelled number word: the trie of spellings is built from these. */
    static final List<NumberWord> SPELLED = List.of(
            unit("zero", 0), unit("one", 1), unit("two", 2), unit("three", 3), unit("four", 4), unit("five", 5),
            unit("six", 6), unit("seven", 7), unit("eight", 8), unit("nine", 9), unit("niner", 9),
            weak("oh", "0"), weak("o", "0"), weak("to", "2"), weak("too", "2"), weak("for", "4"), weak("ate", "8"),
            teen("ten", 10), teen("eleven", 11), teen("twelve", 12), teen("thirteen", 13), teen("fourteen", 14),
            teen("fifteen", 15), teen("sixteen", 16), teen("seventeen", 17), teen("eighteen", 18),
            teen("nineteen", 19),
            tens("twenty", 2), tens("thirty", 3), tens("forty", 4), tens("fourty", 4), tens("fifty", 5),
            tens("sixty", 6), tens("seventy", 7), tens("eighty", 8), tens("ninety", 9));

    private static final NumberWord[] DIGITS = new NumberWord[10];
    static final NumberWord LOOK_ALIKE_ZERO = new NumberWord("o", "0", Kind.LOOK_ALIKE);
    static final NumberWord LOOK_ALIKE_ONE = new NumberWord("l", "1", Kind.LOOK_ALIKE);

    static {
        for (int d = 0; d < 10; d++) {
            DIGITS[d] = new NumberWord(String.valueOf(d), String.valueOf(d), Kind.DIGIT);
        }
    }

    static NumberWord digit(char c) {
        return DIGITS[c - '0'];
    }

    /** A unit word for 1 to 9, which a preceding ten absorbs ("twenty one" = 21). */
    boolean isNonZeroUnit() {
        return kind == Kind.UNIT && !digits.equals("0");
    }

    private static NumberWord unit(String spelling, int value) {
        return new NumberWord(spelling, String.valueOf(value), Kind.UNIT);
    }

    private static NumberWord weak(String spelling, String digits) {
        return new NumberWord(spelling, digits, Kind.WEAK);
    }

    private static NumberWord teen(String spelling, int value) {
        return new NumberWord(spelling, String.valueOf(value), Kind.TEEN);
    }

    private static NumberWord tens(String spelling, int tensDigit) {
        return new NumberWord(spelling, tensDigit + "0", Kind.TENS);
    }
}
