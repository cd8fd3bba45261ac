package org.palermo.core.identifiers;

/**
 * One token of folded ad text as the phone scanner sees it: a number (digits, words or both) or a word that is
 * not a number. Offsets are into the folded text.
 */
final class Piece {

    final int start;
    final int end;
    /** The folded text for a non-number word (its letters are cut out only when a rule asks), else null. */
    private final String source;
    private String word;
    /** The digits a number stands for, else null. */
    String digits;
    final boolean weak;
    final boolean wordy;
    final boolean endsWithTens;
    final boolean startsWithUnitWord;
    /** Set by the pre-cleaning rules: a price, time, date, height... that must not join a phone number. */
    boolean blocked;

    private Piece(int start, int end, String source, String digits, NumberWords.Decoded decoded) {
        this.start = start;
        this.end = end;
        this.source = source;
        this.digits = digits;
        this.weak = decoded != null && decoded.weak();
        this.wordy = decoded != null && decoded.wordy();
        this.endsWithTens = decoded != null && decoded.endsWithTens();
        this.startsWithUnitWord = decoded != null && decoded.startsWithUnitWord();
    }

    static Piece digits(int start, int end, String digits) {
        return new Piece(start, end, null, digits, null);
    }

    static Piece number(int start, int end, NumberWords.Decoded decoded) {
        return new Piece(start, end, null, decoded.digits(), decoded);
    }

    static Piece word(int start, int end, String text) {
        return new Piece(start, end, text, null, null);
    }

    /** Lower-case letters of a non-number word, else null. */
    String word() {
        if (word == null && source != null) {
            word = source.substring(start, end);
        }
        return word;
    }

    /** Whether this is a non-number word (its letters are not cut out for this). */
    boolean hasWord() {
        return source != null;
    }

    /** The k-th character of a non-number word. */
    char wordCharAt(int k) {
        return source.charAt(start + k);
    }

    boolean isNumber() {
        return digits != null;
    }

    boolean isFreeNumber() {
        return digits != null && !blocked;
    }

    boolean isWord(String expected) {
        return source != null && end - start == expected.length() && source.startsWith(expected, start);
    }

    int digitCount() {
        return digits == null ? 0 : digits.length();
    }
}
