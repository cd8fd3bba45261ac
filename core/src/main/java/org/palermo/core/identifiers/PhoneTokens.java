package org.palermo.core.identifiers;

import java.util.ArrayList;
import java.util.List;
import org.palermo.core.text.AsciiScan;

/**
 * Splits folded text into {@link Piece}s in one pass: every number, and every word that stands right before or
 * right after a number. The other words are left out. Nothing reads them: the pre-cleaning rules and the runs look
 * only at a number's neighbouring pieces, at most three away, through numbers and the words beside them; and a gap
 * that holds a left-out word holds a letter, which no rule's gap allows, exactly as if the word were there.
 */
final class PhoneTokens {

    /** What a character is, as bits: an ASCII digit, an ASCII lower-case letter, another letter or digit; 0 if none. */
    private static final int DIGIT = AsciiScan.DIGIT;
    private static final int LETTER = AsciiScan.LETTER;
    private static final int OTHER = 4;
    /** The kind of every char (64 KB): one array read per character, no branch on ASCII or not. */
    private static final byte[] KINDS = kinds();

    private PhoneTokens() {
    }

    static List<Piece> split(String text) {
        char[] chars = text.toCharArray(); // one copy: the loops below then read an array, not String.charAt
        Pieces pieces = new Pieces(text);
        int i = 0;
        int n = chars.length;
        while (i < n) {
            int kinds = kindOf(chars[i]);
            if (kinds == 0) {
                i++;
                continue;
            }
            int start = i;
            int kind;
            while (++i < n && (kind = kindOf(chars[i])) != 0) {
                kinds |= kind;
            }
            addToken(text, chars, start, i, kinds, pieces);
        }
        return pieces.list;
    }

    /**
     * The pieces of {@code text}, the folding of an all-ASCII text, from the words its {@link AsciiScan} found: on
     * ASCII text those are exactly the tokens {@link #split(String)} finds, with the same kinds.
     */
    static List<Piece> split(String text, AsciiScan scan) {
        char[] chars = scan.lowered(); // the chars of text
        Pieces pieces = new Pieces(text);
        for (int w = 0; w < scan.words(); w++) {
            addToken(text, chars, scan.start(w), scan.end(w), scan.kinds(w), pieces);
        }
        return pieces.list;
    }

    private static void addToken(String text, char[] chars, int start, int end, int kinds, Pieces pieces) {
        if (kinds == DIGIT) {
            pieces.addNumber(Piece.digits(start, end, text.substring(start, end)));
            return;
        }
        if (kinds == LETTER) {
            NumberWords.Decoded letters = NumberWords.decodeLetters(text, chars, start, end);
            pieces.add(letters != null ? Piece.number(start, end, letters) : null, start, end);
            return;
        }
        // NumberWords.decode reads only tokens of a-z and 0-9 (else it answers null): ask it only about those
        NumberWords.Decoded whole = (kinds & OTHER) == 0 ? NumberWords.decodeChecked(text, start, end, true) : null;
        if (whole != null) {
            pieces.addNumber(Piece.number(start, end, whole));
            return;
        }
        if ((kinds & DIGIT) == 0) {
            pieces.addWord(start, end); // the only part is the whole token, which is no number
            return;
        }
        int p = start;
        while (p < end) {
            boolean digit = isAsciiDigit(chars[p]);
            int q = p + 1;
            while (q < end && isAsciiDigit(chars[q]) == digit) {
                q++;
            }
            addPart(text, p, q, digit, pieces);
            p = q;
        }
    }

    private static void addPart(String text, int start, int end, boolean digit, Pieces pieces) {
        if (digit) {
            pieces.addNumber(Piece.digits(start, end, text.substring(start, end)));
            return;
        }
        NumberWords.Decoded decoded = NumberWords.decode(text, start, end); // may hold other letters: checks
        pieces.add(decoded != null ? Piece.number(start, end, decoded) : null, start, end);
    }

    private static int kindOf(char c) {
        return KINDS[c];
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            kinds[c] = (byte) (isAsciiDigit((char) c) ? DIGIT : c >= 'a' && c <= 'z' ? LETTER
                    : Character.isLetterOrDigit((char) c) ? OTHER : 0);
        }
        return kinds;
    }

    /**
     * The pieces kept so far. A word is kept when the piece before it is a number (at once) or the piece after it
     * is (it waits as the pending word until the next piece shows which).
     */
    private static final class Pieces {
        final List<Piece> list = new ArrayList<>();
        private final String text;
        private boolean lastWasNumber;
        private int pendingStart = -1;
        private int pendingEnd;

        Pieces(String text) {
            this.text = text;
        }

        /** The number, or when it is null the word text[start, end). */
        void add(Piece number, int start, int end) {
            if (number != null) {
                addNumber(number);
            } else {
                addWord(start, end);
            }
        }

        void addNumber(Piece number) {
            if (pendingStart >= 0) {
                list.add(Piece.word(pendingStart, pendingEnd, text));
                pendingStart = -1;
            }
            list.add(number);
            lastWasNumber = true;
        }

        void addWord(int start, int end) {
            if (lastWasNumber) {
                list.add(Piece.word(start, end, text));
            } else {
                pendingStart = start;
                pendingEnd = end;
            }
            lastWasNumber = false;
        }
    }
}
