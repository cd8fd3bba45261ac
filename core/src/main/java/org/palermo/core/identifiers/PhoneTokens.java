package org.palermo.core.identifiers;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text into {@link Piece}s in one pass. */
final class PhoneTokens {

    private PhoneTokens() {
    }

    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            addToken(text, i, end, pieces);
            i = end;
        }
        return pieces;
    }

    private static void addToken(String text, int start, int end, List<Piece> pieces) {
        if (allDigits(text, start, end)) {
            pieces.add(Piece.digits(start, end, text.substring(start, end)));
            return;
        }
        NumberWords.Decoded whole = NumberWords.decode(text, start, end);
        if (whole != null) {
            pieces.add(Piece.number(start, end, whole));
            return;
        }
        if (!hasDigit(text, start, end)) {
            // the only part is the whole token, which has just failed to decode
            pieces.add(Piece.word(start, end, text));
            return;
        }
        int p = start;
        while (p < end) {
            boolean digit = isAsciiDigit(text.charAt(p));
            int q = p + 1;
            while (q < end && isAsciiDigit(text.charAt(q)) == digit) {
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
        NumberWords.Decoded decoded = NumberWords.decode(text, start, end);
        return decoded != null ? Piece.number(start, end, decoded) : Piece.word(start, end, text);
    }

    private static boolean hasDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isAsciiDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
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
