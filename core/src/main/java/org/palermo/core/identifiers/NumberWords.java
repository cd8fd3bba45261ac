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
    private static final Node ROOT = trie();
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
        if (!canStart(text, start, start + n, hasDigit)) {
            return null;
        }
        int[] cost = new int[n + 1];
        int[] from = new int[n + 1];
        Word[] via = new Word[n + 1];
        java.util.Arrays.fill(cost, Integer.MAX_VALUE);
        cost[0] = 0;
        for (int p = 0; p < n; p++) {
            if (cost[p] == Integer.MAX_VALUE) {
                continue;
            }
            char c = text.charAt(start + p);
            if (c >= '0' && c <= '9') {
                relax(cost, from, via, p, p + 1, 1, DIGITS[c - '0']);
            }
            if (hasDigit && (c == 'o' || c == 'l' || c == 'i')) {
                relax(cost, from, via, p, p + 1, 2, c == 'o' ? LOOK_ALIKE_ZERO : LOOK_ALIKE_ONE);
            }
            relaxWords(text, start, start + p, start + n, ROOT, hasDigit, false, cost, from, via, p);
        }
        return cost[n] == Integer.MAX_VALUE ? null : assemble(from, via, n);
    }

    /** Whether any digit, look-alike or word can begin the token: most everyday words fail here, cheaply. */
    private static boolean canStart(CharSequence text, int start, int limit, boolean hasDigit) {
        if (!hasDigit && !canEndAWord(text.charAt(limit - 1))) {
            return false;
        }
        char c = text.charAt(start);
        if (c >= '0' && c <= '9' || hasDigit && (c == 'o' || c == 'l' || c == 'i')) {
            return true;
        }
        if (!hasDigit && c != 'o' && (start + 1 >= limit || !startsAWord(c, text.charAt(start + 1)))) {
            return false;
        }
        return anyWord(text, start, limit, ROOT, hasDigit);
    }

    /** Whether a letters-only token may end here: every number word ends in one of o e r x n t h y. */
    private static boolean canEndAWord(char last) {
        return "oerxnthy".indexOf(last) >= 0;
    }

    /** Whether two letters begin a number word ("tw", "th", "fi"...): rejects most words at once. */
    private static boolean startsAWord(char first, char second) {
        return first >= 'a' && first <= 'z' && second >= 'a' && second <= 'z'
                && ROOT.next[first - 'a'] != null && ROOT.next[first - 'a'].next[second - 'a'] != null;
    }

    /** Whether a number word starts at pos (walking the trie of spellings). */
    private static boolean anyWord(CharSequence text, int pos, int limit, Node node, boolean leet) {
        if (node.word != null) {
            return true;
        }
        if (pos == limit) {
            return false;
        }
        char c = text.charAt(pos);
        if (c >= 'a' && c <= 'z') {
            return node.next[c - 'a'] != null && anyWord(text, pos + 1, limit, node.next[c - 'a'], leet);
        }
        if (!leet) {
            return false;
        }
        for (char letter : lettersFor(c)) {
            if (node.next[letter - 'a'] != null && anyWord(text, pos + 1, limit, node.next[letter - 'a'], true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Relaxes the search with every number word that matches at pos, letting the digits 0, 1 and 3 stand for
     * o, i/l and e when the token holds digits (costlier than a plain spelling), and a final letter repeat
     * ("sixx"; a repeated digit stays a digit: "zero0" is 0 0).
     */
    private static void relaxWords(CharSequence text, int start, int pos, int limit, Node node, boolean leet,
            boolean usedLeet, int[] cost, int[] from, Word[] via, int p) {
        if (node.word != null) {
            int edge = usedLeet ? 2 : 1;
            relax(cost, from, via, p, pos - start, edge, node.word);
            String spelling = node.word.spelling();
            if (spelling.length() >= 3) {
                char last = spelling.charAt(spelling.length() - 1);
                for (int e = pos; e < limit && text.charAt(e) == last; e++) {
                    relax(cost, from, via, p, e + 1 - start, edge, node.word);
                }
            }
        }
        if (pos == limit) {
            return;
        }
        char c = text.charAt(pos);
        if (c >= 'a' && c <= 'z') {
            Node child = node.next[c - 'a'];
            if (child != null) {
                relaxWords(text, start, pos + 1, limit, child, leet, usedLeet, cost, from, via, p);
            }
            return;
        }
        if (leet) {
            for (char letter : lettersFor(c)) {
                Node child = node.next[letter - 'a'];
                if (child != null) {
                    relaxWords(text, start, pos + 1, limit, child, true, true, cost, from, via, p);
                }
            }
        }
    }

    private static final char[] NO_LETTERS = {};
    private static final char[] O = {'o'};
    private static final char[] I_OR_L = {'i', 'l'};
    private static final char[] E = {'e'};

    private static char[] lettersFor(char digit) {
        switch (digit) {
            case '0':
                return O;
            case '1':
                return I_OR_L;
            case '3':
                return E;
            default:
                return NO_LETTERS;
        }
    }

    /** A node of the trie of number-word spellings. */
    private static final class Node {
        final Node[] next = new Node[26];
        Word word;
    }

    private static Node trie() {
        Node root = new Node();
        for (Word word : WORDS) {
            Node node = root;
            for (char c : word.spelling().toCharArray()) {
                if (node.next[c - 'a'] == null) {
                    node.next[c - 'a'] = new Node();
                }
                node = node.next[c - 'a'];
            }
            node.word = word;
        }
        return root;
    }

    private static void relax(int[] cost, int[] from, Word[] via, int p, int end, int edge, Word word) {
        int total = cost[p] + edge;
        if (total < cost[end]) {
            cost[end] = total;
            from[end] = p;
            via[end] = word;
        }
    }

    private static Decoded assemble(int[] from, Word[] via, int n) {
        int count = 0;
        for (int e = n; e > 0; e = from[e]) {
            count++;
        }
        Word[] words = new Word[count];
        for (int e = n, k = count - 1; e > 0; e = from[e], k--) {
            words[k] = via[e];
        }
        StringBuilder digits = new StringBuilder();
        boolean weak = true;
        boolean wordy = false;
        Word previous = null;
        for (Word word : words) {
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
                words[0].kind() == Kind.UNIT && !words[0].digits().equals("0"));
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
