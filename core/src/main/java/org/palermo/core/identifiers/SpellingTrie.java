package org.palermo.core.identifiers;

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

    static {
        for (char c : "oerxnthy".toCharArray()) {
            WORD_ENDS[c] = true;
        }
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
