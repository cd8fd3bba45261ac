package org.palermo.core.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * The straightforward folding, age and name finding that the fast versions replaced (as of main at 4a9f9db): one
 * Character look-up per char, an origin per folded char, words re-scanned by each detector. Kept to check that
 * the fast versions agree with it.
 */
final class ScreeningReference {

    /** Folded chars and, for each, where it came from. */
    record Folded(String chars, int[] origin) {

        int length() {
            return chars.length();
        }

        char at(int i) {
            return chars.charAt(i);
        }

        /** {starts, ends} of the words. */
        int[][] words() {
            List<int[]> found = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= length(); i++) {
                if (i == length() || at(i) == ' ') {
                    if (i > start) {
                        found.add(new int[] {start, i});
                    }
                    start = i + 1;
                }
            }
            return new int[][] {found.stream().mapToInt(w -> w[0]).toArray(), found.stream().mapToInt(w -> w[1]).toArray()};
        }

        Span span(String text, int start, int end) {
            return Span.of(text, origin[start], origin[end - 1] + 1);
        }

        boolean is(int[][] words, int w, String... options) {
            if (w < 0 || w >= words[0].length) {
                return false;
            }
            String word = chars.substring(words[0][w], words[1][w]);
            return List.of(options).contains(word);
        }
    }

    private ScreeningReference() {
    }

    static Folded fold(String text) {
        StringBuilder chars = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
            if (lower == 0 && isPictograph(text, i)) {
                int width = Character.isHighSurrogate(c) ? 2 : 1;
                if (chars.length() > 0) {
                    chars.append(' ');
                    origin.add(i - 1);
                }
                for (int k = 0; k < width; k++) {
                    chars.append(text.charAt(i + k));
                    origin.add(i + k);
                }
                i += width - 1;
                pendingSpace = true;
            } else if (lower != 0) {
                if (pendingSpace && chars.length() > 0) {
                    chars.append(' ');
                    origin.add(i - 1);
                }
                pendingSpace = false;
                chars.append(lower);
                origin.add(i);
            } else {
                pendingSpace = true;
            }
        }
        return new Folded(chars.toString(), origin.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean isPictograph(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    && Character.getType(text.codePointAt(i)) == Character.OTHER_SYMBOL;
        }
        return Character.getType(c) == Character.OTHER_SYMBOL;
    }

    /**
     * Every whole-word phrase match, as "rule:span", in the order the automaton reports them: by end, then longest
     * first, then in pattern order.
     */
    static List<String> phraseHits(String text, List<List<PhrasePattern>> patternsByRule) {
        Folded f = fold(text);
        String s = f.chars();
        List<int[]> hits = new ArrayList<>(); // end, length, pattern, rule, start, span end
        int pattern = 0;
        for (int rule = 0; rule < patternsByRule.size(); rule++) {
            for (PhrasePattern p : patternsByRule.get(rule)) {
                String phrase = p.folded();
                for (int start = s.indexOf(phrase); start >= 0; start = s.indexOf(phrase, start + 1)) {
                    int end = start + phrase.length();
                    boolean wordEnds = end == s.length() || s.charAt(end) == ' ';
                    if ((start == 0 || s.charAt(start - 1) == ' ') && (p.prefix() || wordEnds)) {
                        int spanEnd = s.indexOf(' ', end) < 0 ? s.length() : s.indexOf(' ', end);
                        hits.add(new int[] {end, phrase.length(), pattern, rule, start, p.prefix() ? spanEnd : end});
                    }
                }
                pattern++;
            }
        }
        hits.sort(java.util.Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -h[1])
                .thenComparingInt(h -> h[2]));
        return hits.stream().map(h -> h[3] + ":" + f.span(text, h[4], h[5])).toList();
    }

    static List<StatedAges.Age> ages(String text) {
        Folded f = fold(text);
        int[][] words = f.words();
        List<StatedAges.Age> ages = new ArrayList<>();
        for (int w = 0; w < words[0].length; w++) {
            int start = words[0][w];
            int end = words[1][w];
            if (end - start < 2 || !Character.isDigit(f.at(start)) || !Character.isDigit(f.at(start + 1))
                    || (end > start + 2 && Character.isDigit(f.at(start + 2)))) {
                continue;
            }
            int value = (f.at(start) - '0') * 10 + (f.at(start + 1) - '0');
            int suffixEnd = suffixCueEnd(f, words, w);
            if (suffixEnd >= 0) {
                ages.add(new StatedAges.Age(value, f.span(text, start, suffixEnd)));
            } else if (end == start + 2) {
                int cueStart = prefixCueStart(f, words, w);
                if (cueStart >= 0 && !punctuationFollows(f, text, start + 2)) {
                    ages.add(new StatedAges.Age(value, f.span(text, cueStart, start + 2)));
                }
            }
        }
        return ages;
    }

    private static int suffixCueEnd(Folded f, int[][] words, int w) {
        int[] ends = words[1];
        int start = words[0][w];
        String[] years = {"yr", "yrs", "year", "years"};
        if (ends[w] > start + 2) {
            String rest = f.chars().substring(start + 2, ends[w]);
            if (rest.equals("yo")) {
                return ends[w];
            }
            return List.of(years).contains(rest) && f.is(words, w + 1, "old", "young") ? ends[w + 1] : -1;
        }
        if (f.is(words, w + 1, "yo")) {
            return ends[w + 1];
        }
        if (f.is(words, w + 1, "y") && f.is(words, w + 2, "o")) {
            return ends[w + 2];
        }
        if (f.is(words, w + 1, years) && f.is(words, w + 2, "old", "young")) {
            return ends[w + 2];
        }
        return -1;
    }

    private static int prefixCueStart(Folded f, int[][] words, int w) {
        if (f.is(words, w - 1, "age", "im")) {
            return words[0][w - 1];
        }
        if ((f.is(words, w - 1, "m", "am") && f.is(words, w - 2, "i"))
                || (f.is(words, w - 1, "s", "is") && f.is(words, w - 2, "she"))) {
            return words[0][w - 2];
        }
        return -1;
    }

    private static boolean punctuationFollows(Folded f, String text, int foldedEnd) {
        int next = f.origin()[foldedEnd - 1] + 1;
        return next < text.length() && "/'\".:%$\u2019".indexOf(text.charAt(next)) >= 0;
    }

    static List<Span> names(String text, List<String> notNames) {
        Folded f = fold(text);
        int[][] words = f.words();
        List<Span> names = new ArrayList<>();
        for (int w = 1; w < words[0].length; w++) {
            Span span = f.span(text, words[0][w], words[1][w]);
            if (span.text().matches("[A-Z][a-z]{2,}") && introduced(f, words, w - 1)
                    && !notNames.contains(f.chars().substring(words[0][w], words[1][w]))) {
                names.add(span);
            }
        }
        return names;
    }

    private static boolean introduced(Folded f, int[][] words, int cue) {
        return f.is(words, cue, "names", "meet", "im")
                || (f.is(words, cue, "is") && f.is(words, cue - 1, "name") && f.is(words, cue - 2, "my"))
                || (f.is(words, cue, "s") && f.is(words, cue - 1, "name"))
                || (f.is(words, cue, "for") && f.is(words, cue - 1, "ask"))
                || (f.is(words, cue, "me") && f.is(words, cue - 1, "call"))
                || (f.is(words, cue, "m", "am") && f.is(words, cue - 1, "i"));
    }
}
