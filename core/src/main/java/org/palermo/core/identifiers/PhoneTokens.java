package org.palermo.core.identifiers;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text into {@link Piece}s in one pass. */
final class PhoneTokens {

    /** What a token holds, as bits: ASCII digits, ASCII lower-case letters, anything else. */
    private static final int DIGIT = 1;
    private static final int LETTER = 2;
    private static final int OTHER = 4;

    private PhoneTokens() {
    }

    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        char[] chars = text.toCharArray(); // one copy: the loops below then read an array, not String.charAt
        int i = 0;
        int n = chars.length;
        while (i < n) {
            if (!isLetterOrDigit(chars[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isLetterOrDigit(chars[end])) {
                end++;
            }
            addToken(text, chars, i, end, pieces);
            i = end;
        }
        return pieces;
    }

    private static void addToken(String text, char[] chars, int start, int end, List<Piece> pieces) {
        int kinds = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            kinds |= isAsciiDigit(c) ? DIGIT : c >= 'a' && c <= 'z' ? LETTER : OTHER;
        }
        if (kinds == DIGIT) {
            pieces.add(Piece.digits(start, end, text.substring(start, end)));
            return;
        }
        // NumberWords.decode reads only tokens of a-z and 0-9 (else it answers null): ask it only about those
        NumberWords.Decoded whole = (kinds & OTHER) == 0
                ? NumberWords.decodeChecked(text, start, end, (kinds & DIGIT) != 0) : null;
        if (whole != null) {
            pieces.add(Piece.number(start, end, whole));
            return;
        }
        if ((kinds & DIGIT) == 0) {
            // the only part is the whole token, which has just failed to decode
            pieces.add(Piece.word(start, end, text));
            return;
        }
        int p = start;
        while (p < end) {
            boolean digit = isAsciiDigit(chars[p]);
            int q = p + 1;
            while (q < end && isAsciiDigit(chars[q]) == digit) {
                q++;
            }
            pieces.add(part(text, p, q, digit));
            p = q;
        }
    }

    private static Piece part(String text, int start, int end, boolean digit) {
        if (digit) {
            return Piece.digits(start, end, text.substring(start, end));
        }
        NumberWords.Decoded decoded = NumberWords.decode(text, start, end); // may hold other letters: checks
        return decoded != null ? Piece.number(start, end, decoded) : Piece.word(start, end, text);
    }

    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
