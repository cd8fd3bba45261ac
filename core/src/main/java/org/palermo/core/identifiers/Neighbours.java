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

    /** Whether text[from, to) is at most {@code max} characters, each one of {@code allowed}. */
    static boolean gapIs(String text, int from, int to, String allowed, int max) {
        if (to - from > max) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (allowed.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static char separatorOf(String text, int from, int to) {
        return to - from == 1 && "-./".indexOf(text.charAt(from)) >= 0 ? text.charAt(from) : 0;
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
