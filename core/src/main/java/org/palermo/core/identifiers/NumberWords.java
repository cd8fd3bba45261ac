package org.palermo.core.identifiers;

/**
 * Reads one token of an ad as digits when it is written with number words, digits or both: {@code six},
 * {@code sixseven}, {@code for80}, {@code one9zerofor}, misspelled numerals ({@code f0ur}, {@code zer0},
 * {@code n1ne}, {@code sixx}), teens and tens ({@code thirteen} = 13, {@code twentyone} = 21) and, in tokens
 * that also hold a digit, the look-alike letters {@code o} = 0 and {@code l}/{@code i} = 1. Homophones
 * ({@code to}, {@code too}, {@code for}, {@code ate}, {@code oh}, {@code o}) are weak: the phone scanner only
 * counts them next to a strong digit. Tokens are lower-case ASCII; work is linear in the token's length.
 */
final class NumberWords {

    /** Longest token that is decoded; longer ones are never numbers. */
    static final int MAX_TOKEN = 40;

    private enum Kind { UNIT, WEAK, TEEN, TENS, DIGIT, LOOK_ALIKE }

    private record Word(String spelling, String digits, Kind kind) {
    }

    /** A decoded token: its digits and how it was written. */
    record Decoded(String digits, boolean weak, boolean wordy, boolean endsWithTens, boolean startsWithUnitWord) {
    }

    private static final Word[] WORDS = {
        unit("zero", 0), unit("one", 1), unit("two", 2), unit("three", 3), unit("four", 4), unit("five", 5),
        unit("six", 6), unit("seven", 7), unit("eight", 8), unit("nine", 9), unit("niner", 9),
        weak("oh", "0"), weak("o", "0"), weak("to", "2"), weak("too", "2"), weak("for", "4"), weak("ate", "8"),
        teen("ten", 10), teen("eleven", 11), teen("twelve", 12), teen("thirteen", 13), teen("fourteen", 14),
        teen("fifteen", 15), teen("sixteen", 16), teen("seventeen", 17), teen("eighteen", 18),
        teen("nineteen", 19),
        tens("twenty", 2), tens("thirty", 3), tens("forty", 4), tens("fourty", 4), tens("fifty", 5),
        tens("sixty", 6), tens("seventy", 7), tens("eighty", 8), tens("ninety", 9),
    };

    private static final Word[] DIGITS = new Word[10];
    private static final Word LOOK_ALIKE_ZERO = new Word("o", "0", Kind.LOOK_ALIKE);
    private static final Word LOOK_ALIKE_ONE = new Word("l", "1", Kind.LOOK_ALIKE);

    static {
        for (int d = 0; d < 10; d++) {
            DIGITS[d] = new Word(String.valueOf(d), String.valueOf(d), Kind.DIGIT);
        }
    }

    private NumberWords() {
    }

    /** The token text[start, end) read as digits, or {@code null} when it is not entirely a number. */
    static Decoded decode(CharSequence text, int start, int end) {
        int n = end - start;
        if (n == 0 || n > MAX_TOKEN) {
            return null;
        }
        boolean hasDigit = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                hasDigit = true;
            } else if (c < 'a' || c > 'z') {
                return null;
            }
        }
        return segment(text, start, n, hasDigit);
    }

    private static Decoded segment(CharSequence text, int start, int n, boolean hasDigit) {
        int[] cost = new int[n + 1];
        int[] nextPos = new int[n + 1];
        Word[] chosen = new Word[n + 1];
        java.util.Arrays.fill(cost, Integer.MAX_VALUE);
        cost[n] = 0;
        for (int p = n - 1; p >= 0; p--) {
            char c = text.charAt(start + p);
            if (c >= '0' && c <= '9') {
                relax(cost, nextPos, chosen, p, p + 1, 1, DIGITS[c - '0']);
            }
            if (hasDigit && (c == 'o' || c == 'l' || c == 'i')) {
                relax(cost, nextPos, chosen, p, p + 1, 2, c == 'o' ? LOOK_ALIKE_ZERO : LOOK_ALIKE_ONE);
            }
            for (Word word : WORDS) {
                int[] match = match(text, start + p, start + n, word.spelling(), hasDigit);
                if (match == null) {
                    continue;
                }
                int edgeCost = match[1] == 1 ? 2 : 1;
                for (int e = match[0]; e <= match[2]; e++) {
                    relax(cost, nextPos, chosen, p, e - start, edgeCost, word);
                }
            }
        }
        return cost[0] == Integer.MAX_VALUE ? null : assemble(nextPos, chosen, n);
    }

    private static void relax(int[] cost, int[] nextPos, Word[] chosen, int p, int end, int edge, Word word) {
        if (cost[end] == Integer.MAX_VALUE) {
            return;
        }
        int total = cost[end] + edge;
        if (total < cost[p]) {
            cost[p] = total;
            nextPos[p] = end;
            chosen[p] = word;
        }
    }

    /**
     * Matches a spelling at {@code from}, letting the digits 0, 1 and 3 stand for o, i/l and e when the token
     * holds digits. Returns {first end, 1 if a digit stood for a letter, last end after repeating the final
     * letter as itself ("sixx"; a repeated digit stays a digit: "zero0" is 0 0)} or null.
     */
    private static int[] match(CharSequence text, int from, int limit, String spelling, boolean leet) {
        int len = spelling.length();
        if (from + len > limit) {
            return null;
        }
        boolean usedLeet = false;
        for (int k = 0; k < len; k++) {
            char c = text.charAt(from + k);
            char w = spelling.charAt(k);
            if (c != w) {
                if (!leet || !standsFor(c, w)) {
                    return null;
                }
                usedLeet = true;
            }
        }
        int last = from + len;
        if (len >= 3) {
            char w = spelling.charAt(len - 1);
            while (last < limit && text.charAt(last) == w) {
                last++;
            }
        }
        return new int[] {from + len, usedLeet ? 1 : 0, last};
    }

    private static boolean standsFor(char digit, char letter) {
        return digit == '0' && letter == 'o' || digit == '1' && (letter == 'i' || letter == 'l')
                || digit == '3' && letter == 'e';
    }

    private static Decoded assemble(int[] nextPos, Word[] chosen, int n) {
        StringBuilder digits = new StringBuilder();
        boolean weak = true;
        boolean wordy = false;
        Word first = chosen[0];
        Word previous = null;
        for (int p = 0; p < n; p = nextPos[p]) {
            Word word = chosen[p];
            if (previous != null && previous.kind() == Kind.TENS && word.kind() == Kind.UNIT
                    && !word.digits().equals("0")) {
                digits.setLength(digits.length() - 1);
            }
            digits.append(word.digits());
            weak &= word.kind() == Kind.WEAK;
            wordy |= word.kind() != Kind.DIGIT;
            previous = word;
        }
        return new Decoded(digits.toString(), weak, wordy, previous.kind() == Kind.TENS,
                first.kind() == Kind.UNIT && !first.digits().equals("0"));
    }

    private static Word unit(String spelling, int value) {
        return new Word(spelling, String.valueOf(value), Kind.UNIT);
    }

    private static Word weak(String spelling, String digits) {
        return new Word(spelling, digits, Kind.WEAK);
    }

    private static Word teen(String spelling, int value) {
        return new Word(spelling, String.valueOf(value), Kind.TEEN);
    }

    private static Word tens(String spelling, int tensDigit) {
        return new Word(spelling, tensDigit + "0", Kind.TENS);
    }
}
