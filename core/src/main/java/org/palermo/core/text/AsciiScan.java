package org.palermo.core.text;

import java.nio.charset.StandardCharsets;

/**
 * One pass over a text of ASCII characters only (most ads) that does what the scanners would otherwise each do in a
 * pass of their own: the text lower-cased (what {@link TextNormalizer} makes of ASCII text), its words (runs of
 * letters and digits, the phone scanner's tokens) with the kinds of char in each, and the words lower-cased with
 * one space between them (how screening folds text for phrase matching). On ASCII text the three agree on what a
 * word is, so the words are found once. Screening a page reads it once here instead of three times.
 *
 * <p>The pass has no branch that depends on the text: whether a word starts or ends at a char is arithmetic on 0/1
 * values, and each result is stored whether or not it is one. Word boundaries come every few chars on real pages,
 * and a branch on each was mispredicted often. Immutable after {@link #of}; the arrays are shared with the
 * scanners, which only read them.
 */
public final class AsciiScan {

    /** Kinds of char in a word, OR-ed: {@link #kinds(int)}. */
    public static final int DIGIT = 1;
    public static final int LETTER = 2;
    private static final int KIND_BITS = 7;
    /** Word bounds keep a position in 28 bits and the kinds in 3: longer texts are not scanned here. */
    private static final int MAX_LENGTH = (1 << 28) - 1;
    private static final char[] LOWER = new char[128];
    private static final byte[] KIND = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            KIND[c] = (byte) (c >= '0' && c <= '9' ? DIGIT : Character.isLetter(c) ? LETTER : 0);
        }
    }

    private final String text;
    private final char[] lowered;
    /**
     * Word {@code w} is chars [bounds[2w] >>> 3, bounds[2w + 1] >>> 3); the low three bits of its end hold the
     * kinds of char in it.
     */
    private final int[] bounds;
    private final int words;
    private final char[] folded;
    private final int foldedLength;

    private AsciiScan(String text, char[] lowered, int[] bounds, int words, char[] folded, int foldedLength) {
        this.text = text;
        this.lowered = lowered;
        this.bounds = bounds;
        this.words = words;
        this.folded = folded;
        this.foldedLength = foldedLength;
    }

    /** The scan of {@code text}, or null when it holds a char outside ASCII (or is over 2^28 chars long). */
    public static AsciiScan of(String text) {
        int n = text.length();
        if (n > MAX_LENGTH) {
            return null;
        }
        // one UTF-8 byte per char exactly when all chars are ASCII; the JDK checks and copies such text in bulk, so
        // a text with an emoji at its end is turned away before the pass below, not at its end
        byte[] ascii = text.getBytes(StandardCharsets.UTF_8);
        if (ascii.length != n) {
            return null;
        }
        char[] lowered = new char[n];
        int[] bounds = new int[n + 2]; // a word boundary at most at every char, plus the end of the last word
        char[] folded = new char[n + 1];
        int boundCount = 0;
        int inWord = 0;
        int kinds = 0;
        int length = 0;
        for (int i = 0; i < n; i++) {
            int c = ascii[i];
            char lower = LOWER[c];
            lowered[i] = lower;
            int kind = KIND[c];
            int letter = -kind >>> 31; // 1 for a letter or digit, 0 for a separator
            bounds[boundCount] = i << 3 | kinds; // at a word's end, kinds holds the word's; at a start, 0
            boundCount += inWord ^ letter; // a word starts or ends here
            kinds = (kinds | kind) & -letter; // back to 0 between words
            // written at the folded end, which moves on for a letter or digit and the first separator after a word
            folded[length] = (char) (lower & -letter | ' ' & letter - 1); // a separator folds to a space
            length += letter | inWord;
            inWord = letter;
        }
        if (inWord == 1) {
            bounds[boundCount++] = n << 3 | kinds;
        } else if (length > 0) {
            length--; // the space written after the last word
        }
        return new AsciiScan(text, lowered, bounds, boundCount / 2, folded, length);
    }

    /** The text scanned. */
    public String text() {
        return text;
    }

    /** The text lower-cased, the same length: read only. */
    public char[] lowered() {
        return lowered;
    }

    /** Number of words. */
    public int words() {
        return words;
    }

    /** Where word {@code w} starts. */
    public int start(int w) {
        return bounds[2 * w] >>> 3;
    }

    /** Where word {@code w} ends, exclusive. */
    public int end(int w) {
        return bounds[2 * w + 1] >>> 3;
    }

    /** The kinds of char in word {@code w}: {@link #DIGIT}, {@link #LETTER} or both. */
    public int kinds(int w) {
        return bounds[2 * w + 1] & KIND_BITS;
    }

    /** The words lower-cased with one space between them (the first {@link #foldedLength()} chars): read only. */
    public char[] folded() {
        return folded;
    }

    public int foldedLength() {
        return foldedLength;
    }
}
