package org.palermo.core.screening;

import java.util.Arrays;
import org.palermo.core.text.AsciiScan;

/**
 * Text folded for phrase matching: letters and digits lower-cased, every run of other characters (spaces,
 * punctuation, symbols, line breaks) turned into one space. Emoji and other pictographs are words of their own
 * (so that a rulebook can name them), one per code point.
 *
 * <p>The words are recorded once, while folding, for the matcher and the detectors to share: word {@code w} is
 * folded {@code [starts[w], ends[w])}, and since a word is a run of letters and digits (or one pictograph) with
 * nothing dropped from it, it came from the original text's {@code [origins[w], origins[w] + its length)}. That is
 * all it takes to map matches back to spans of the original text.
 */
final class FoldedText {

    /** {@link #FOLD} of a character that separates words. */
    private static final char SEPARATOR = 0;
    /** {@link #FOLD} of a pictograph of the Basic Multilingual Plane: a word of its own. */
    private static final char PICTOGRAPH = 1;
    /** {@link #FOLD} of a high surrogate: a pictograph if its pair is one, else a separator. */
    private static final char HIGH_SURROGATE = 2;

    /**
     * For every char: its lower case when it is a letter or digit, else one of the three markers above. One table
     * read replaces {@code Character.isLetterOrDigit}, {@code toLowerCase} and {@code getType}, which dominated
     * folding on text outside ASCII.
     */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    /**
     * 1 for a digit, 2 for an ASCII capital, else 0: folding lists the words that start with one, the only words
     * that can state an age or be a name, so that the detectors need not look at the others.
     */
    private static final byte[] MARKS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = classify((char) c);
            MARKS[c] = (byte) (Character.isDigit((char) c) ? 1 : c >= 'A' && c <= 'Z' ? 2 : 0);
        }
    }

    final char[] chars;
    final int length;
    /** Number of words. */
    final int words;
    /** Folded start of each word (the first {@link #words} entries are used). */
    final int[] starts;
    /** Folded end of each word, exclusive. */
    final int[] ends;
    /** Where each word starts in the original text. */
    private final int[] origins;
    /** The words that start with a digit, in text order (the first {@link #numberCount}). */
    final int[] numbers;
    int numberCount;
    /** The words that start with an ASCII capital, in text order (the first {@link #capitalisedCount}). */
    final int[] capitalised;
    int capitalisedCount;

    /** The word tables, one step per word from the folder's word bounds. */
    private FoldedText(Folder folder) {
        this(folder.chars, folder.length, folder.boundCount / 2);
        int[] bounds = folder.bounds;
        int start = 0;
        for (int w = 0; w < words; w++) {
            start = setWord(w, start, bounds[2 * w], bounds[2 * w + 1], folder.source[bounds[2 * w]]);
        }
    }

    /** The folding of an all-ASCII text, from the words its scan found. */
    private FoldedText(AsciiScan scan) {
        this(scan.folded(), scan.foldedLength(), scan.words());
        String text = scan.text();
        int start = 0;
        for (int w = 0; w < words; w++) {
            int origin = scan.start(w);
            start = setWord(w, start, origin, scan.end(w), text.charAt(origin));
        }
    }

    private FoldedText(char[] chars, int length, int words) {
        this.chars = chars;
        this.length = length;
        this.words = words;
        starts = new int[words];
        ends = new int[words];
        origins = new int[words];
        numbers = new int[words + 1]; // + 1: each word is stored, and counted only when it starts with a digit
        capitalised = new int[words + 1];
    }

    /**
     * Word {@code w}, source [origin, originEnd) starting with {@code first}, starts at folded {@code start}; returns
     * where the next word starts, one space after it (a word is as long folded as in the source).
     */
    private int setWord(int w, int start, int origin, int originEnd, char first) {
        int end = start + originEnd - origin;
        starts[w] = start;
        ends[w] = end;
        origins[w] = origin;
        int mark = MARKS[first];
        numbers[numberCount] = w;
        numberCount += mark & 1;
        capitalised[capitalisedCount] = w;
        capitalisedCount += mark >> 1;
        return end + 1;
    }

    private static char classify(char c) {
        if (Character.isLetterOrDigit(c)) {
            char lower = Character.toLowerCase(c);
            if (lower <= HIGH_SURROGATE || lower == ' ') {
                throw new IllegalStateException("the lower case of " + (int) c + " collides with a marker");
            }
            return lower;
        }
        if (Character.isHighSurrogate(c)) {
            return HIGH_SURROGATE;
        }
        return Character.getType(c) == Character.OTHER_SYMBOL ? PICTOGRAPH : SEPARATOR;
    }

    static FoldedText of(String text) {
        return new Folder(text).fold();
    }

    /** Folds the text that {@code scan} read (all ASCII): its words are not looked for again. */
    static FoldedText of(AsciiScan scan) {
        return new FoldedText(scan);
    }

    /**
     * One pass over the text that folds it and notes where words start and end; then one step per word that turns
     * those notes into the word tables.
     *
     * <p>The pass has no branch that depends on the text (bar the rare pictographs): where a word starts or ends is
     * arithmetic on 0/1 values, stored whether or not it is one. Real pages have a word boundary every three to four
     * characters, and a branch on each was mispredicted often.
     */
    private static final class Folder {
        private final char[] source;
        private char[] chars;
        private int length;
        /**
         * Source indexes where words start and end, alternately: word {@code w} is source
         * {@code [bounds[2w], bounds[2w + 1])}. A word is as long in folded text as in the source (letters fold one
         * to one, pictographs are copied), so these give the word tables.
         */
        private int[] bounds;
        private int boundCount;
        /** 1 when the last char read was part of a word (a letter or digit): the word has no end yet. */
        private int inWord;

        Folder(String text) {
            source = text.toCharArray(); // the loop reads an array, not String.charAt
            int n = source.length;
            chars = new char[n + 2]; // folding never lengthens text without pictographs; see pictograph()
            bounds = new int[n + 2]; // a word boundary at most at every char, plus the end of the last word
        }

        FoldedText fold() {
            int n = source.length;
            int i = foldUntilRare(0);
            while (i < n) {
                i += pictograph(i, FOLD[source[i]]);
                i = foldUntilRare(i);
            }
            if (inWord == 1) {
                bounds[boundCount++] = n;
            } else if (length > 0) {
                length--; // the space written after the last word
            }
            return new FoldedText(this);
        }

        /**
         * The hot loop: folds from source index {@code from} to the end or to the first pictograph or high
         * surrogate, and returns where it stopped. Each char's folded form is written at the folded end, which
         * moves on for a letter or digit and for the first separator after a word (whose folded form is a space),
         * and nowhere else.
         */
        private int foldUntilRare(int from) {
            char[] source = this.source;
            char[] chars = this.chars;
            int[] bounds = this.bounds;
            int length = this.length;
            int boundCount = this.boundCount;
            int inWord = this.inWord;
            int i = from;
            for (; i < source.length; i++) {
                char folded = FOLD[source[i]];
                if (folded == PICTOGRAPH || folded == HIGH_SURROGATE) {
                    break;
                }
                int letter = (HIGH_SURROGATE - folded) >>> 31; // 1 for a letter or digit, 0 for a separator
                bounds[boundCount] = i;
                boundCount += inWord ^ letter; // a word starts or ends here
                chars[length] = (char) (folded | (' ' & (letter - 1))); // a separator folds to a space
                length += letter | inWord;
                inWord = letter;
            }
            this.length = length;
            this.boundCount = boundCount;
            this.inWord = inWord;
            return i;
        }

        /**
         * Folds the pictograph (or separator) at source index {@code i}; returns how many source chars it took.
         * A pictograph is a word of its own: it lengthens the folded text by up to two spaces (before and after
         * it), so the arrays grow to keep room for the rest of the text plus those.
         */
        private int pictograph(int i, char folded) {
            int rest = source.length - i;
            if (length + 2 * rest + 4 > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(length + 2 * rest + 4, 2 * chars.length));
            }
            if (boundCount + rest + 4 > bounds.length) { // 3 bounds here, then at most one per char and the end
                bounds = Arrays.copyOf(bounds, Math.max(boundCount + rest + 4, 2 * bounds.length));
            }
            if (inWord == 1) {
                endWord(i);
            }
            int width = folded == PICTOGRAPH ? 1 : surrogatePictographWidth(i);
            if (width == 0) {
                return 1; // a high surrogate that is no pictograph separates words
            }
            bounds[boundCount++] = i;
            for (int k = 0; k < width; k++) {
                chars[length++] = source[i + k];
            }
            endWord(i + width);
            return width;
        }

        /** The word being read ends at source index {@code i}: a space follows it. */
        private void endWord(int i) {
            bounds[boundCount++] = i;
            chars[length++] = ' ';
            inWord = 0;
        }

        /** 2 when source index {@code i} starts a surrogate pair naming a pictograph, else 0. */
        private int surrogatePictographWidth(int i) {
            if (i + 1 < source.length && Character.isLowSurrogate(source[i + 1])
                    && Character.getType(Character.toCodePoint(source[i], source[i + 1]))
                            == Character.OTHER_SYMBOL) {
                return 2;
            }
            return 0;
        }
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

    /** Where folded character {@code i} came from in the original text (a space: the character before the word after it). */
    int origin(int i) {
        int w = wordAt(i);
        return i < ends[w] ? origins[w] + (i - starts[w]) : origins[w + 1] - 1;
    }

    /** The word that contains folded position {@code i}, or that precedes it when {@code i} is a space. */
    private int wordAt(int i) {
        int found = Arrays.binarySearch(starts, 0, words, i);
        return found >= 0 ? found : -found - 2;
    }

    /** The folded end of word {@code w}, exclusive. */
    int end(int w) {
        return ends[w];
    }

    /** Where word {@code w} starts in the original text. */
    int originStart(int w) {
        return origins[w];
    }

    /** Where word {@code w} ends in the original text, exclusive. */
    int originEnd(int w) {
        return origins[w] + (ends[w] - starts[w]);
    }

    /** Whether word {@code w} exists and equals {@code word}. */
    boolean wordIs(int w, String word) {
        return w >= 0 && w < words && regionEquals(starts[w], ends[w], word);
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

    /** The span of the original text behind folded characters [start, end). */
    Span span(String original, int start, int end) {
        return Span.of(original, origin(start), origin(end - 1) + 1);
    }

    /** The span of the original text behind words {@code from} to {@code to}, both included. */
    Span wordSpan(String original, int from, int to) {
        return Span.of(original, originStart(from), originEnd(to));
    }
}
