package org.palermo.core.screening;

/**
 * Text folded for phrase matching: letters and digits lower-cased, every run of other characters (spaces,
 * punctuation, symbols, line breaks) turned into one space. Keeps, for each folded character, where it came from,
 * so that matches map back to spans of the original text.
 */
final class FoldedText {

    /** For each ASCII character: its lower case when it is a letter or digit, else 0. */
    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FOLD[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }

    final char[] chars;
    final int length;
    private final int[] origin;
    /** How many spaces the folded text holds: they only ever separate words, so there is one word more. */
    private final int spaces;
    private int[][] words;

    private FoldedText(char[] chars, int length, int[] origin, int spaces) {
        this.chars = chars;
        this.length = length;
        this.origin = origin;
        this.spaces = spaces;
    }

    static FoldedText of(String text) {
        char[] source = text.toCharArray(); // the loop reads an array, not String.charAt
        int n = source.length;
        char[] chars = new char[2 * n]; // a pictograph may add a space before it
        int[] origin = new int[2 * n];
        int length = 0;
        int spaces = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = source[i];
            if (c < 128) { // the common case, kept apart from the Unicode look-ups below
                char lower = ASCII_FOLD[c];
                if (lower == 0) {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && length > 0) {
                    chars[length] = ' ';
                    origin[length++] = i - 1;
                    spaces++;
                }
                pendingSpace = false;
                chars[length] = lower;
                origin[length++] = i;
                continue;
            }
            char lower = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
            if (lower == 0 && isPictograph(text, i)) {
                int width = Character.isHighSurrogate(c) ? 2 : 1;
                if (length > 0) {
                    chars[length] = ' ';
                    origin[length++] = i - 1;
                    spaces++;
                }
                for (int k = 0; k < width; k++) {
                    chars[length] = text.charAt(i + k);
                    origin[length++] = i + k;
                }
                i += width - 1;
                pendingSpace = true;
                continue;
            }
            if (lower != 0) {
                if (pendingSpace && length > 0) {
                    chars[length] = ' ';
                    origin[length++] = i - 1;
                    spaces++;
                }
                pendingSpace = false;
                chars[length] = lower;
                origin[length++] = i;
            } else {
                pendingSpace = true;
            }
        }
        return new FoldedText(chars, length, origin, spaces);
    }

    /**
     * Emoji and other pictographs are words of their own (so that a rulebook can name them), one per code point;
     * other symbols and punctuation separate words.
     */
    private static boolean isPictograph(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    && Character.getType(text.codePointAt(i)) == Character.OTHER_SYMBOL;
        }
        return Character.getType(c) == Character.OTHER_SYMBOL;
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

    /** Where folded character {@code i} came from in the original text. */
    int origin(int i) {
        return origin[i];
    }

    /** Whether folded [start, end) equals {@code word}. */
    boolean regionEquals(int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (chars[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The words of the folded text: {@code [starts[i], ends[i])}, computed once. */
    int[][] words() {
        if (words == null) {
            int count = length == 0 ? 0 : spaces + 1;
            int[] starts = new int[count];
            int[] ends = new int[count];
            int w = 0;
            int start = 0;
            for (int i = 0; i <= length; i++) {
                if (i == length || chars[i] == ' ') {
                    if (i > start) {
                        starts[w] = start;
                        ends[w++] = i;
                    }
                    start = i + 1;
                }
            }
            words = new int[][] {starts, ends};
        }
        return words;
    }

    /** The span of the original text behind folded characters [start, end). */
    Span span(String original, int start, int end) {
        return Span.of(original, origin[start], origin[end - 1] + 1);
    }
}
