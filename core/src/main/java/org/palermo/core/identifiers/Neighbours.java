package org.palermo.core.identifiers;

import java.util.List;

/** Small looks at a piece's neighbourhood for the pre-cleaning rules: the piece beside it and the gap between. */
final class Neighbours {

    private Neighbours() {
    }

    static void block(List<Piece> pieces, int from, int to) {
        for (int i = from; i <= to; i++) {
            pieces.get(i).blocked = true;
        }
    }

    static Piece neighbour(List<Piece> pieces, int k, int offset) {
        int i = k + offset;
        return i >= 0 && i < pieces.size() ? pieces.get(i) : null;
    }

    private static final long SEPARATORS = chars("-./");

    /**
     * The set of the given chars, all below 64 (the rules' gap chars are spaces and punctuation), as bits: a
     * membership test is then a shift, not a search through a string.
     */
    static long chars(String allowed) {
        long set = 0;
        for (char c : allowed.toCharArray()) {
            if (c >= 64) {
                throw new IllegalArgumentException("gap chars must be below 64, was '" + c + "' in '" + allowed + "'");
            }
            set |= 1L << c;
        }
        return set;
    }

    /** Whether text[from, to) is at most {@code max} characters, each one of {@code allowed} ({@link #chars}). */
    static boolean gapIs(String text, int from, int to, long allowed, int max) {
        if (to - from > max) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!in(allowed, text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean in(long set, char c) {
        return c < 64 && (set >>> c & 1) != 0;
    }

    static char separatorOf(String text, int from, int to) {
        return to - from == 1 && in(SEPARATORS, text.charAt(from)) ? text.charAt(from) : 0;
    }

    static char charAfter(String text, int index, int maxSpaces) {
        int i = index;
        while (i < text.length() && text.charAt(i) == ' ' && i - index < maxSpaces) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : 0;
    }

    static boolean isYear(String digits) {
        return digits != null && digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }
}
