package org.palermo.core.identifiers;

/** What may stand between the parts of one phone number, and the international prefix before it. */
final class Separators {

    private static final int MAX_GAP = 8;
    private static final int MAX_MARKS = 3;
    private static final int MAX_LINE_BREAKS = 2;

    private Separators() {
    }

    /** Whether text[from, to) can separate two parts of one phone number. */
    static boolean joinable(String text, int from, int to) {
        if (to - from > MAX_GAP) {
            return false;
        }
        int marks = 0;
        int lineBreaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c) || "$£€¥₹@%&".indexOf(c) >= 0 && to - from > 1) {
                return false;
            }
            if (c == '\n') {
                lineBreaks++;
            } else if (!Character.isWhitespace(c)) {
                marks++;
            }
        }
        return marks <= MAX_MARKS && lineBreaks <= MAX_LINE_BREAKS;
    }

    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c);
    }

    /** Whether a {@code +} stands before {@code index}, possibly with spaces or an opening bracket between. */
    static boolean plusBefore(String text, int index) {
        return plusIndex(text, index) != index;
    }

    /** The index of the {@code +} before {@code index}, or {@code index} itself when there is none. */
    static int plusIndex(String text, int index) {
        int i = index - 1;
        while (i >= 0 && index - i <= 3 && (text.charAt(i) == ' ' || text.charAt(i) == '(')) {
            i--;
        }
        return i >= 0 && index - i <= 3 && text.charAt(i) == '+' ? i : index;
    }

    /** Whether a gap inside a number is more than the plain separators people use (space - . / ( ) +). */
    static boolean odd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (" -./()+".indexOf(text.charAt(i)) < 0) {
                return true;
            }
        }
        return false;
    }
}
