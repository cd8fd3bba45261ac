package org.palermo.core.text;

import java.util.Objects;

/**
 * Text folded for scanning (lower case, Unicode look-alikes and digit forms made ASCII) that remembers, for every
 * folded character, which characters of the original text it came from. Scanners work on {@link #text()} and map
 * their findings back with {@link #originalStart(int)} and {@link #originalEnd(int)}, so that spans always point
 * into the text as written.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /** The characters of {@link #text}, read by {@link #charAt} without String's per-call checks. */
    private final char[] chars;
    private final int[] originStart;
    private final int[] originEnd;
    private final boolean[] disguised;

    /** Takes ownership of {@code chars}, the folded text; nothing may change it afterwards. */
    NormalizedText(String original, char[] chars, int[] originStart, int[] originEnd, boolean[] disguised) {
        this(original, new String(chars), chars, originStart, originEnd, disguised);
    }

    /** With the folded text as a String too ({@code text} holds exactly {@code chars}). */
    private NormalizedText(String original, String text, char[] chars, int[] originStart, int[] originEnd,
            boolean[] disguised) {
        this.original = Objects.requireNonNull(original, "original");
        this.chars = Objects.requireNonNull(chars, "chars");
        this.text = text;
        this.originStart = originStart;
        this.originEnd = originEnd;
        this.disguised = disguised;
    }

    /** The folded text that scanners read. */
    public String text() {
        return text;
    }

    /** The text as written. */
    public String original() {
        return original;
    }

    public int length() {
        return chars.length;
    }

    /** The folded character at {@code index}: the same as {@code text().charAt(index)}, cheaper in scanning loops. */
    public char charAt(int index) {
        return chars[index];
    }

    /** Folded text of plain ASCII: same length, offsets map one to one, nothing disguised. */
    static NormalizedText ascii(String original, String lowered, char[] chars) {
        return new NormalizedText(original, lowered, chars, null, null, null);
    }

    /** Offset in the original text where the folded character at {@code index} begins; the end maps to the end. */
    public int originalStart(int index) {
        checkIndex(index);
        if (originStart == null) {
            return index;
        }
        return index == text.length() ? original.length() : originStart[index];
    }

    /** Offset in the original text just after the folded range that ends (exclusive) at {@code endExclusive}. */
    public int originalEnd(int endExclusive) {
        checkIndex(endExclusive);
        if (originEnd == null) {
            return endExclusive;
        }
        return endExclusive == 0 ? originalStart(0) : originEnd[endExclusive - 1];
    }

    /** The original text behind the folded range [start, end). */
    public String originalText(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }

    /**
     * Whether any letter or digit in the folded range [start, end) was written as something else: a Unicode digit
     * form, a look-alike letter from another script, a keycap or with invisible characters glued to it.
     */
    public boolean anyDisguisedLetterOrDigit(int start, int end) {
        if (disguised == null) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (disguised[i] && Character.isLetterOrDigit(chars[i])) {
                return true;
            }
        }
        return false;
    }

    private void checkIndex(int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException("index " + index + " outside [0, " + text.length() + "]");
        }
    }
}
