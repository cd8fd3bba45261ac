package org.palermo.core.identifiers;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.palermo.core.identifiers.NumberWord.Kind;

/**
 * Reads one token of an ad as digits when it is written with number words, digits or both: {@code six},
 * {@code sixseven}, {@code for80}, {@code one9zerofor}, misspelled numerals ({@code f0ur}, {@code zer0},
 * {@code n1ne}, {@code sixx}), teens and tens ({@code thirteen} = 13, {@code twentyone} = 21) and, in tokens
 * that also hold a digit, the look-alike letters {@code o} = 0 and {@code l}/{@code i} = 1. Homophones
 * ({@code to}, {@code too}, {@code for}, {@code ate}, {@code oh}, {@code o}) are weak: the phone scanner only
 * counts them next to a strong digit. The reading is the cheapest segmentation (a shortest path over positions,
 * a misspelling or look-alike costing more than a plain word). Tokens are lower-case ASCII; work is linear in
 * the token's length, which is at most {@link #MAX_TOKEN}.
 */
final class NumberWords {

    /** Longest token that is decoded; longer ones are never numbers. */
    static final int MAX_TOKEN = 40;

    /** A decoded token: its digits and how it was written. */
    record Decoded(String digits, boolean weak, boolean wordy, boolean endsWithTens, boolean startsWithUnitWord) {
    }

    /**
     * The reading of each spelling on its own ("to", "for", "one": the commonest number tokens by far), as
     * {@link #segment} gives it, computed once.
     */
    private static final Map<NumberWord, Decoded> SINGLE_WORDS = singleWords();

    private NumberWords() {
    }

    private static Map<NumberWord, Decoded> singleWords() {
        Map<NumberWord, Decoded> decoded = new IdentityHashMap<>();
        for (NumberWord word : NumberWord.SPELLED) {
            decoded.put(word, segment(word.spelling(), 0, word.spelling().length(), false));
        }
        return decoded;
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
        return canStart(text, start, end, hasDigit) ? segment(text, start, n, hasDigit) : null;
    }

    /** {@link #decode} of a token the caller has checked: non-empty, only a-z and 0-9, digits as stated. */
    static Decoded decodeChecked(CharSequence text, int start, int end, boolean hasDigit) {
        int n = end - start;
        if (n > MAX_TOKEN) {
            return null;
        }
        return canStart(text, start, end, hasDigit) ? segment(text, start, n, hasDigit) : null;
    }

    /**
     * {@link #decodeChecked} of a token of letters a-z only, given also as {@code chars}: a token that is not
     * entirely number words is rejected by one walk of the trie per reachable position, without building a path.
     */
    static Decoded decodeLetters(CharSequence text, char[] chars, int start, int end) {
        int n = end - start;
        if (n > MAX_TOKEN || !SpellingTrie.lettersSegment(chars, start, end)) {
            return null;
        }
        NumberWord single = SpellingTrie.wholeWord(chars, start, end);
        return single != null ? SINGLE_WORDS.get(single) : segment(text, start, n, false);
    }

    /** Whether a digit, look-alike or word can begin (and a word end) the token: most words fail here, cheaply. */
    private static boolean canStart(CharSequence text, int start, int limit, boolean hasDigit) {
        char c = text.charAt(start);
        if (hasDigit) {
            return c >= '0' && c <= '9' || c == 'o' || c == 'l' || c == 'i'
                    || SpellingTrie.anyWordAt(text, start, limit, true);
        }
        if (!SpellingTrie.canEndAWord(text.charAt(limit - 1))) {
            return false;
        }
        if (c != 'o' && (start + 1 >= limit || !SpellingTrie.startsAWord(c, text.charAt(start + 1)))) {
            return false;
        }
        return SpellingTrie.anyWordAt(text, start, limit, false);
    }

    private static Decoded segment(CharSequence text, int start, int n, boolean hasDigit) {
        // most tokens with digits and letters ("2pm", "5ft", "100usd") are no number: then no path is built
        return reachable(text, start, n, hasDigit) ? cheapestPath(text, start, n, hasDigit) : null;
    }

    /** The cheapest segmentation of the token, or null when none reaches its end. */
    static Decoded cheapestPath(CharSequence text, int start, int n, boolean hasDigit) {
        Path path = new Path(n);
        for (int p = 0; p < n; p++) {
            if (!path.reached(p)) {
                continue;
            }
            char c = text.charAt(start + p);
            if (c >= '0' && c <= '9') {
                path.relax(p, p + 1, 1, NumberWord.digit(c));
            }
            if (hasDigit && (c == 'o' || c == 'l' || c == 'i')) {
                path.relax(p, p + 1, 2, c == 'o' ? NumberWord.LOOK_ALIKE_ZERO : NumberWord.LOOK_ALIKE_ONE);
            }
            final int from = p;
            SpellingTrie.matchesAt(text, start + p, start + n, hasDigit,
                    (word, end, usedLeet) -> path.relax(from, end - start, usedLeet ? 2 : 1, word));
        }
        return path.reached(n) ? assemble(path.words()) : null;
    }

    /**
     * Whether {@link #segment} reaches the token's end: the positions it reaches through the same edges (digits,
     * look-alikes, number words), as bits, without costs or a path.
     */
    private static boolean reachable(CharSequence text, int start, int n, boolean hasDigit) {
        long reached = 1L;
        long todo = 1L; // reached positions not yet left; lowest first, as every edge moves forward
        while (todo != 0) {
            int p = Long.numberOfTrailingZeros(todo);
            if (p == n) {
                return true;
            }
            todo &= todo - 1;
            char c = text.charAt(start + p);
            boolean oneChar = c >= '0' && c <= '9' || hasDigit && (c == 'o' || c == 'l' || c == 'i');
            long ends = (oneChar ? 2L : 0L) | SpellingTrie.wordEnds(text, start + p, start + n, hasDigit);
            todo |= ends << p & ~reached;
            reached |= ends << p;
        }
        return false;
    }

    private static Decoded assemble(NumberWord[] words) {
        StringBuilder digits = new StringBuilder();
        boolean weak = true;
        boolean wordy = false;
        NumberWord previous = null;
        for (NumberWord word : words) {
            if (previous != null && previous.kind() == Kind.TENS && word.isNonZeroUnit()) {
                digits.setLength(digits.length() - 1);
            }
            digits.append(word.digits());
            weak &= word.kind() == Kind.WEAK;
            wordy |= word.kind() != Kind.DIGIT;
            previous = word;
        }
        return new Decoded(digits.toString(), weak, wordy, previous.kind() == Kind.TENS, words[0].isNonZeroUnit());
    }

    /** Cheapest segmentation found so far up to each position of the token. */
    private static final class Path {
        private final int[] cost;
        private final int[] from;
        private final NumberWord[] via;

        Path(int n) {
            cost = new int[n + 1];
            from = new int[n + 1];
            via = new NumberWord[n + 1];
            Arrays.fill(cost, Integer.MAX_VALUE);
            cost[0] = 0;
        }

        boolean reached(int position) {
            return cost[position] != Integer.MAX_VALUE;
        }

        void relax(int start, int end, int edge, NumberWord word) {
            int total = cost[start] + edge;
            if (total < cost[end]) {
                cost[end] = total;
                from[end] = start;
                via[end] = word;
            }
        }

        NumberWord[] words() {
            int count = 0;
            for (int e = cost.length - 1; e > 0; e = from[e]) {
                count++;
            }
            NumberWord[] words = new NumberWord[count];
            for (int e = cost.length - 1, k = count - 1; e > 0; e = from[e], k--) {
                words[k] = via[e];
            }
            return words;
        }
    }
}
