package org.palermo.core.screening;

/**
 * Text folded for phrase matching: letters and digits lower-cased, every run of other characters (spaces,
 * punctuation, symbols, line breaks) turned into one space. Keeps, for each folded character, where it came from,
 * so that matches map back to spans of the original text.
 */
final class FoldedText {

    final char[] chars;
    final int length;
    private final int[] origin;

    private FoldedText(char[] chars, int length, int[] origin) {
        this.chars = chars;
        this.length = length;
        this.origin = origin;
    }

    static FoldedText of(String text) {
        int n = text.length();
        char[] chars = new char[n];
        int[] origin = new int[n];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && length > 0) {
                    chars[length] = ' ';
                    origin[length++] = i - 1;
                }
                pendingSpace = false;
                chars[length] = Character.toLowerCase(c);
                origin[length++] = i;
            } else {
                pendingSpace = true;
            }
        }
        return new FoldedText(chars, length, origin);
    }

    /** Folds a pattern phrase the way ad text is folded. */
    static String fold(String phrase) {
        FoldedText folded = of(phrase);
        return new String(folded.chars, 0, folded.length);
    }

    boolean wordStartsAt(int i) {
        return i == 0 || chars[i - 1] == ' ';
    }

    boolean wordEndsAt(int end) {
        return end == length || chars[end] == ' ';
    }

    /** The end of the word that contains folded position {@code i}. */
    int endOfWord(int i) {
        int end = i;
        while (end < length && chars[end] != ' ') {
            end++;
        }
        return end;
    }

    /** The span of the original text behind folded characters [start, end). */
    Span span(String original, int start, int end) {
        return Span.of(original, origin[start], origin[end - 1] + 1);
    }
}
