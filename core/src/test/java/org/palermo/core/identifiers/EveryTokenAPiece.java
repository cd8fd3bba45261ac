package org.palermo.core.identifiers;

import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: the plain tokeniser that {@link PhoneTokens} replaced, kept as the reference it must agree with.
 * Every token becomes a piece (words far from any number too), and every token is decoded by the general
 * {@link NumberWords#decode}, which checks its characters itself.
 */
final class EveryTokenAPiece {

    private EveryTokenAPiece() {
    }

    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            addToken(text, i, end, pieces);
            i = end;
        }
        return pieces;
    }

    private static void addToken(String text, int start, int end, List<Piece> pieces) {
        boolean allDigits = true;
        boolean anyDigit = false;
        for (int i = start; i < end; i++) {
            boolean digit = PhoneTokens.isAsciiDigit(text.charAt(i));
            allDigits &= digit;
            anyDigit |= digit;
        }
        if (allDigits) {
            pieces.add(Piece.digits(start, end, text.substring(start, end)));
            return;
        }
        NumberWords.Decoded whole = NumberWords.decode(text, start, end);
        if (whole != null) {
            pieces.add(Piece.number(start, end, whole));
        } else if (!anyDigit) {
            pieces.add(Piece.word(start, end, text));
        } else {
            addParts(text, start, end, pieces);
        }
    }

    private static void addParts(String text, int start, int end, List<Piece> pieces) {
        int p = start;
        while (p < end) {
            boolean digit = PhoneTokens.isAsciiDigit(text.charAt(p));
            int q = p + 1;
            while (q < end && PhoneTokens.isAsciiDigit(text.charAt(q)) == digit) {
                q++;
            }
            NumberWords.Decoded decoded = digit ? null : NumberWords.decode(text, p, q);
            pieces.add(digit ? Piece.digits(p, q, text.substring(p, q))
                    : decoded != null ? Piece.number(p, q, decoded) : Piece.word(p, q, text));
            p = q;
        }
    }
}
