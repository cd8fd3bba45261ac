package org.palermo.core.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds ages stated in an ad ("24 yo", "25 years old", "age: 21", "I'm 22", "she is 19") in one pass over the
 * folded words, without regular expressions. Two-digit numbers only; a number directly followed by {@code / ' " . : % $}
 * in the original text after a prefix cue is not an age ("I'm 24/7", "age 20%").
 */
final class StatedAges {

    /** One stated age and the span that states it. */
    record Age(int value, Span span) {
    }

    private StatedAges() {
    }

    static List<Age> find(FoldedText folded, String text) {
        int[][] words = folded.words();
        int[] starts = words[0];
        int[] ends = words[1];
        List<Age> ages = new ArrayList<>();
        for (int w = 0; w < starts.length; w++) {
            int start = starts[w];
            if (!twoDigits(folded, start, ends[w])) {
                continue;
            }
            int value = (folded.chars[start] - '0') * 10 + (folded.chars[start + 1] - '0');
            int suffixEnd = suffixCueEnd(folded, words, w);
            if (suffixEnd >= 0) {
                ages.add(new Age(value, folded.span(text, start, suffixEnd)));
            } else if (ends[w] == start + 2) {
                int cueStart = prefixCueStart(folded, words, w);
                if (cueStart >= 0 && !punctuationFollows(folded, text, start + 2)) {
                    ages.add(new Age(value, folded.span(text, cueStart, start + 2)));
                }
            }
        }
        return ages;
    }

    private static boolean twoDigits(FoldedText f, int start, int end) {
        return end - start >= 2 && isDigit(f.chars[start]) && isDigit(f.chars[start + 1])
                && (end == start + 2 || !isDigit(f.chars[start + 2]));
    }

    /** {@link Character#isDigit(char)}, with ASCII answered without a table look-up. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** "24 yo", "24yo", "24 y.o", "24 yrs old", "24 years old", "24 years young": the folded end, or -1. */
    private static int suffixCueEnd(FoldedText f, int[][] words, int w) {
        int[] starts = words[0];
        int[] ends = words[1];
        int start = starts[w];
        if (ends[w] > start + 2) {
            String rest = new String(f.chars, start + 2, ends[w] - start - 2);
            if (rest.equals("yo")) {
                return ends[w];
            }
            return isYears(rest) && is(f, words, w + 1, "old", "young") ? ends[w + 1] : -1;
        }
        if (is(f, words, w + 1, "yo")) {
            return ends[w + 1];
        }
        if (is(f, words, w + 1, "y") && is(f, words, w + 2, "o")) {
            return ends[w + 2];
        }
        if (is(f, words, w + 1, "yr", "yrs", "year", "years") && is(f, words, w + 2, "old", "young")) {
            return ends[w + 2];
        }
        return -1;
    }

    private static boolean isYears(String word) {
        return word.equals("yr") || word.equals("yrs") || word.equals("year") || word.equals("years");
    }

    /** "age 24", "im 24", "i m 24", "i am 24", "she s 24", "she is 24": the folded start of the cue, or -1. */
    private static int prefixCueStart(FoldedText f, int[][] words, int w) {
        int[] starts = words[0];
        if (is(f, words, w - 1, "age", "im")) {
            return starts[w - 1];
        }
        if ((is(f, words, w - 1, "m", "am") && is(f, words, w - 2, "i"))
                || (is(f, words, w - 1, "s", "is") && is(f, words, w - 2, "she"))) {
            return starts[w - 2];
        }
        return -1;
    }

    private static boolean punctuationFollows(FoldedText f, String text, int foldedEnd) {
        int next = f.origin(foldedEnd - 1) + 1;
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        return c == '/' || c == '\'' || c == '"' || c == '.' || c == ':' || c == '%' || c == '$' || c == '\u2019';
    }

    static boolean is(FoldedText f, int[][] words, int w, String... options) {
        if (w < 0 || w >= words[0].length) {
            return false;
        }
        for (String option : options) {
            if (f.regionEquals(words[0][w], words[1][w], option)) {
                return true;
            }
        }
        return false;
    }
}
