package org.palermo.core.identifiers;

import java.util.ArrayList;
import java.util.List;

/**
 * A trie of number-word spellings. Walking it from a position finds every number word that starts there, letting
 * the digits 0, 1 and 3 stand for o, i/l and e when the token holds digits ({@code f0ur}, {@code n1ne}), and a
 * final letter repeat ({@code sixx}; a repeated digit stays a digit: {@code zero0} is 0 0).
 */
final class SpellingTrie {

    /** Receives each match: the word, where it ends, and whether a digit stood for a letter. */
    interface Matches {
        void found(NumberWord word, int end, boolean usedLeet);
    }

    private static final char[] NO_LETTERS = {};
    private static final char[] O = {'o'};
    private static final char[] I_OR_L = {'i', 'l'};
    private static final char[] E = {'e'};
    private static final Node ROOT = build();
    private static final boolean[] WORD_ENDS = new boolean[128];
    /**
     * The trie again as flat tables for {@link #lettersSegment}: state {@code s} on letter {@code l} goes to
     * {@code NEXT[s * 26 + l]} (0: no transition; the root is state 0 and never a target), and
     * {@code LAST_OF_WORD[s]} is the last letter of the word ending at {@code s} when it may repeat ("sixx"), 1
     * for a word that may not, 0 when no word ends there.
     */
    private static final int[] NEXT;
    private static final char[] LAST_OF_WORD;
    private static final NumberWord[] WORD_OF;
    /**
     * Bit {@code 26 * first + second} (letters as 0-25): whether number words can begin a token with these two
     * letters. With {@link #LAST_LETTERS}, two reads reject most words before any walk: the same test as a table of
     * all 17,576 first-two-and-last triples, in 702 bits that stay in the cache (no speed difference was measurable).
     */
    private static final long[] BEGINNINGS = new long[(26 * 26 + 63) / 64];
    /** Bit {@code l}: some number word ends with letter {@code l} (0-25). */
    private static final int LAST_LETTERS;
    /** Bit {@code l}: letter {@code l} (0-25) alone is a number word ({@link #lettersSegment} of it is true). */
    private static final int SINGLE_LETTERS;

    static {
        for (char c : "oerxnthy".toCharArray()) {
            WORD_ENDS[c] = true;
        }
        List<Node> states = new ArrayList<>();
        number(ROOT, states);
        NEXT = new int[states.size() * 26];
        LAST_OF_WORD = new char[states.size()];
        WORD_OF = new NumberWord[states.size()];
        for (int s = 0; s < states.size(); s++) {
            Node node = states.get(s);
            for (int l = 0; l < 26; l++) {
                NEXT[s * 26 + l] = node.next[l] == null ? 0 : node.next[l].state;
            }
            WORD_OF[s] = node.word;
            if (node.word != null) {
                String spelling = node.word.spelling();
                LAST_OF_WORD[s] = spelling.length() >= 3 ? spelling.charAt(spelling.length() - 1) : 1;
            }
        }
        LAST_LETTERS = beginningsAndLastLetters();
        int single = 0;
        for (char c = 'a'; c <= 'z'; c++) {
            single |= walk(new char[] {c}, 0, 1) ? 1 << c - 'a' : 0;
        }
        SINGLE_LETTERS = single;
    }

    private SpellingTrie() {
    }

    /** Whether two letters begin a number word ("tw", "th", "fi"...): rejects most words at once. */
    static boolean startsAWord(char first, char second) {
        return first >= 'a' && first <= 'z' && second >= 'a' && second <= 'z'
                && ROOT.next[first - 'a'] != null && ROOT.next[first - 'a'].next[second - 'a'] != null;
    }

    /** Whether a letters-only token may end with this letter: every number word ends in one of o e r x n t h y. */
    static boolean canEndAWord(char last) {
        return last < 128 && WORD_ENDS[last];
    }

    /** Whether a number word starts at pos. */
    static boolean anyWordAt(CharSequence text, int pos, int limit, boolean leet) {
        return any(text, pos, limit, ROOT, leet);
    }

    /** Reports every number word that starts at pos. */
    static void matchesAt(CharSequence text, int pos, int limit, boolean leet, Matches sink) {
        walk(text, pos, limit, ROOT, leet, false, sink);
    }

    private static boolean any(CharSequence text, int pos, int limit, Node node, boolean leet) {
        char c;
        while (true) { // plain letters follow one path: walk it without recursion
            if (node.word != null) {
                return true;
            }
            if (pos == limit) {
                return false;
            }
            c = text.charAt(pos);
            if (c < 'a' || c > 'z') {
                break;
            }
            node = node.next[c - 'a'];
            if (node == null) {
                return false;
            }
            pos++;
        }
        if (leet) {
            for (char letter : lettersFor(c)) {
                if (node.next[letter - 'a'] != null && any(text, pos + 1, limit, node.next[letter - 'a'], true)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void walk(CharSequence text, int pos, int limit, Node node, boolean leet, boolean usedLeet,
            Matches sink) {
        if (node.word != null) {
            sink.found(node.word, pos, usedLeet);
            String spelling = node.word.spelling();
            if (spelling.length() >= 3) {
                char last = spelling.charAt(spelling.length() - 1);
                for (int e = pos; e < limit && text.charAt(e) == last; e++) {
                    sink.found(node.word, e + 1, usedLeet);
                }
            }
        }
        if (pos == limit) {
            return;
        }
        char c = text.charAt(pos);
        if (c >= 'a' && c <= 'z') {
            if (node.next[c - 'a'] != null) {
                walk(text, pos + 1, limit, node.next[c - 'a'], leet, usedLeet, sink);
            }
        } else if (leet) {
            for (char letter : lettersFor(c)) {
                if (node.next[letter - 'a'] != null) {
                    walk(text, pos + 1, limit, node.next[letter - 'a'], true, true, sink);
                }
            }
        }
    }

    /**
     * Whether the letters chars[start, end) are entirely number words, one after another (each may repeat its
     * last letter, as {@link #matchesAt} allows): the positions reachable from the start by the matches that
     * {@link #matchesAt} reports on a token without digits, in one bit set. At most 63 letters.
     */
    static boolean lettersSegment(char[] chars, int start, int end) {
        int n = end - start;
        if (n < 2) { // one-letter words are common ("a", "s", "i"): their answer is known
            return n == 0 || (SINGLE_LETTERS >>> chars[start] - 'a' & 1) != 0;
        }
        int pair = 26 * (chars[start] - 'a') + chars[start + 1] - 'a';
        if ((BEGINNINGS[pair >>> 6] >>> pair & LAST_LETTERS >>> chars[end - 1] - 'a' & 1) == 0) {
            return false;
        }
        return walk(chars, start, end);
    }

    /** {@link #lettersSegment} by walking the trie from every position reached. */
    private static boolean walk(char[] chars, int start, int end) {
        int n = end - start;
        long reached = 1L;
        long todo = 1L; // reached positions not walked from yet; lowest first, as every word moves forward
        while (todo != 0) {
            int p = Long.numberOfTrailingZeros(todo);
            if (p == n) {
                return true;
            }
            todo &= todo - 1;
            long ends = wordEndsFrom(chars, start + p, end) << p;
            todo |= ends & ~reached;
            reached |= ends;
        }
        return false;
    }

    /** The number word spelled exactly by the letters chars[start, end), else null. */
    static NumberWord wholeWord(char[] chars, int start, int end) {
        int state = 0;
        for (int q = start; q < end; q++) {
            state = NEXT[state * 26 + chars[q] - 'a'];
            if (state == 0) {
                return null;
            }
        }
        return WORD_OF[state];
    }

    /** The lengths of the number words starting at {@code pos}, as bits (bit k: a word of k letters). */
    private static long wordEndsFrom(char[] chars, int pos, int end) {
        long lengths = 0;
        int state = 0;
        for (int q = pos; q < end; q++) {
            state = NEXT[state * 26 + chars[q] - 'a'];
            if (state == 0) {
                break;
            }
            char last = LAST_OF_WORD[state];
            if (last != 0) {
                lengths |= 1L << q + 1 - pos;
                for (int e = q + 1; e < end && chars[e] == last; e++) {
                    lengths |= 1L << e + 1 - pos;
                }
            }
        }
        return lengths;
    }

    /**
     * Where the number words starting at {@code pos} end, as bits of their lengths: the ends that {@link #matchesAt}
     * reports, by the same walk, without a callback.
     */
    static long wordEnds(CharSequence text, int pos, int limit, boolean leet) {
        return ends(text, pos, pos, limit, ROOT, leet);
    }

    private static long ends(CharSequence text, int origin, int pos, int limit, Node node, boolean leet) {
        long ends = 0;
        if (node.word != null) {
            ends |= 1L << pos - origin;
            String spelling = node.word.spelling();
            if (spelling.length() >= 3) {
                char last = spelling.charAt(spelling.length() - 1);
                for (int e = pos; e < limit && text.charAt(e) == last; e++) {
                    ends |= 1L << e + 1 - origin;
                }
            }
        }
        if (pos == limit) {
            return ends;
        }
        char c = text.charAt(pos);
        if (c >= 'a' && c <= 'z') {
            if (node.next[c - 'a'] != null) {
                ends |= ends(text, origin, pos + 1, limit, node.next[c - 'a'], leet);
            }
        } else if (leet) {
            for (char letter : lettersFor(c)) {
                if (node.next[letter - 'a'] != null) {
                    ends |= ends(text, origin, pos + 1, limit, node.next[letter - 'a'], true);
                }
            }
        }
        return ends;
    }

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

    private static final class Node {
        final Node[] next = new Node[26];
        NumberWord word;
        int state;
    }

    /**
     * Fills {@link #BEGINNINGS}; returns the bits of {@link #LAST_LETTERS}. A word of two or more letters begins with
     * its own first two letters; a one-letter word ("o") is followed by the first letter of the next word. The last
     * letter is a word's last, possibly repeated.
     */
    private static int beginningsAndLastLetters() {
        int lastLetters = 0;
        for (NumberWord word : NumberWord.SPELLED) {
            lastLetters |= 1 << word.spelling().charAt(word.spelling().length() - 1) - 'a';
        }
        for (int first = 0; first < 26; first++) {
            Node node = ROOT.next[first];
            for (int second = 0; second < 26 && node != null; second++) {
                if (node.next[second] != null || node.word != null && ROOT.next[second] != null) {
                    int pair = 26 * first + second;
                    BEGINNINGS[pair >>> 6] |= 1L << pair;
                }
            }
        }
        return lastLetters;
    }

    /** Numbers the nodes depth first, the root 0. */
    private static void number(Node node, List<Node> states) {
        node.state = states.size();
        states.add(node);
        for (Node child : node.next) {
            if (child != null) {
                number(child, states);
            }
        }
    }

    private static Node build() {
        Node root = new Node();
        for (NumberWord word : NumberWord.SPELLED) {
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
}
