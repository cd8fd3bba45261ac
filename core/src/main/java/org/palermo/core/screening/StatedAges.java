package org.palermo.core.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds ages stated in an ad ("24 yo", "25 years old", "age: 21", "I'm 22", "she is 19") in one pass over the
 * folded words that start with a digit, without regular expressions. Two-digit numbers only; a number directly followed by {@code / ' " . : % $}
 * in the original text after a prefix cue is not an age ("I'm 24/7", "age 20%").
 */
final class StatedAges {

    /** One stated age and the span that states it. */
    record Age(int value, Span span) {
    }

    private StatedAges() {
    }

    static List<Age> find(FoldedText folded, String text) {
        char[] chars = folded.chars;
        int[] starts = folded.starts;
        int[] ends = folded.ends;
        List<Age> ages = List.of(); // most ads state no age: no list for them
        for (int k = 0; k < folded.numberCount; k++) {
            int w = folded.numbers[k];
            int start = starts[w];
            if (!twoDigits(chars, start, ends[w])) {
                continue;
            }
            Age age = ageAt(folded, text, w);
            if (age != null) {
                if (ages.isEmpty()) {
                    ages = new ArrayList<>();
                }
                ages.add(age);
            }
        }
        return ages;
    }

    /** The age that the two-digit word {@code w} states, or {@code null}. */
    private static Age ageAt(FoldedText f, String text, int w) {
        int start = f.starts[w];
        int value = (f.chars[start] - '0') * 10 + (f.chars[start + 1] - '0');
        int suffixEnd = suffixCueEnd(f, w);
        if (suffixEnd >= 0) {
            return new Age(value, f.wordSpan(text, w, suffixEnd));
        }
        if (f.ends[w] == start + 2) {
            int cueStart = prefixCueStart(f, w);
            if (cueStart >= 0 && !punctuationFollows(f, text, w)) {
                return new Age(value, f.wordSpan(text, cueStart, w));
            }
        }
        return null;
    }

    private static boolean twoDigits(char[] chars, int start, int end) {
        return end - start >= 2 && isDigit(chars[start]) && isDigit(chars[start + 1])
                && (end == start + 2 || !isDigit(chars[start + 2]));
    }

    /** {@link Character#isDigit(char)}, with ASCII answered without a table look-up. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** "24 yo", "24yo", "24 y.o", "24 yrs old", "24 years old", "24 years young": the last word of it, or -1. */
    private static int suffixCueEnd(FoldedText f, int w) {
        int start = f.starts[w];
        int end = f.ends[w];
        if (end > start + 2) {
            if (f.regionEquals(start + 2, end, "yo")) {
                return w;
            }
            return isYears(f, start + 2, end) && isOldOrYoung(f, w + 1) ? w + 1 : -1;
        }
        if (f.wordIs(w + 1, "yo")) {
            return w + 1;
        }
        if (f.wordIs(w + 1, "y") && f.wordIs(w + 2, "o")) {
            return w + 2;
        }
        if (w + 1 < f.words && isYears(f, f.starts[w + 1], f.ends[w + 1]) && isOldOrYoung(f, w + 2)) {
            return w + 2;
        }
        return -1;
    }

    private static boolean isYears(FoldedText f, int start, int end) {
        return f.regionEquals(start, end, "yr") || f.regionEquals(start, end, "yrs")
                || f.regionEquals(start, end, "year") || f.regionEquals(start, end, "years");
    }

    private static boolean isOldOrYoung(FoldedText f, int w) {
        return f.wordIs(w, "old") || f.wordIs(w, "young");
    }

    /** "age 24", "im 24", "i m 24", "i am 24", "she s 24", "she is 24": the first word of the cue, or -1. */
    private static int prefixCueStart(FoldedText f, int w) {
        if (f.wordIs(w - 1, "age") || f.wordIs(w - 1, "im")) {
            return w - 1;
        }
        if (((f.wordIs(w - 1, "m") || f.wordIs(w - 1, "am")) && f.wordIs(w - 2, "i"))
                || ((f.wordIs(w - 1, "s") || f.wordIs(w - 1, "is")) && f.wordIs(w - 2, "she"))) {
            return w - 2;
        }
        return -1;
    }

    /** Whether one of {@code / ' " . : % $ ’} directly follows word {@code w} in the original text. */
    private static boolean punctuationFollows(FoldedText f, String text, int w) {
        int next = f.originEnd(w);
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        return c == '/' || c == '\'' || c == '"' || c == '.' || c == ':' || c == '%' || c == '$' || c == '\u2019';
    }
}
