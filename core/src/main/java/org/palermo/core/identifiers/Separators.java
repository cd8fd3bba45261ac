package org.palermo.core.identifiers;

/** What may stand between the parts of one phone number, and the international prefix before it. */
final class Separators {

    private static final int MAX_GAP = 8;
    private static final int MAX_MARKS = 3;
    private static final int MAX_LINE_BREAKS = 2;
    /** The plain separators people use inside a number: space - . / ( ) +. */
    private static final long PLAIN = Neighbours.chars(" -./()+");

    private Separators() {
    }

    /** What an ASCII char is in a gap: a letter or digit, a sign ($@%&), a line break, other white space, a mark. */
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte SIGN = 2;
    private static final byte LINE_BREAK = 3;
    private static final byte SPACE = 4;
    private static final byte MARK = 5;
    private static final byte[] ASCII_GAP_KINDS = asciiGapKinds();

    /** Whether text[from, to) can separate two parts of one phone number. */
    static boolean joinable(String text, int from, int to) {
        if (to - from > MAX_GAP) {
            return false;
        }
        int marks = 0;
        int lineBreaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int kind = c < 128 ? ASCII_GAP_KINDS[c] : gapKind(c);
            if (kind == LETTER_OR_DIGIT || kind == SIGN && to - from > 1) {
                return false;
            }
            if (kind == LINE_BREAK) {
                lineBreaks++;
            } else if (kind != SPACE) {
                marks++;
            }
        }
        return marks <= MAX_MARKS && lineBreaks <= MAX_LINE_BREAKS;
    }

    private static byte gapKind(char c) {
        if (isLetterOrDigit(c)) {
            return LETTER_OR_DIGIT;
        }
        if ("$£€¥₹@%&".indexOf(c) >= 0) {
            return SIGN;
        }
        return c == '\n' ? LINE_BREAK : Character.isWhitespace(c) ? SPACE : MARK;
    }

    private static byte[] asciiGapKinds() {
        byte[] kinds = new byte[128];
        for (char c = 0; c < 128; c++) {
            kinds[c] = gapKind(c);
        }
        return kinds;
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
            if (!Neighbours.in(PLAIN, text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
