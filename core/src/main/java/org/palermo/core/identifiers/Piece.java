package org.palermo.core.identifiers;

/**
 * One token of folded ad text as the phone scanner sees it: a number (digits, words or both) or a word that is
 * not a number. Offsets are into the folded text.
 */
final class Piece {

    final int start;
    final int end;
    /** Lower-case letters of a non-number word, else null. */
    final String word;
    /** The digits a number stands for, else null. */
    String digits;
    final boolean weak;
    final boolean wordy;
    final boolean endsWithTens;
    final boolean startsWithUnitWord;
    /** Set by the pre-cleaning rules: a price, time, date, height... that must not join a phone number. */
    boolean blocked;

    private Piece(int start, int end, String word, String digits, NumberWords.Decoded decoded) {
        this.start = start;
        this.end = end;
        this.word = word;
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

    static Piece word(int start, int end, String word) {
        return new Piece(start, end, word, null, null);
    }

    boolean isNumber() {
        return digits != null;
    }

    boolean isFreeNumber() {
        return digits != null && !blocked;
    }

    boolean isWord(String expected) {
        return word != null && word.equals(expected);
    }

    int digitCount() {
        return digits == null ? 0 : digits.length();
    }
}
