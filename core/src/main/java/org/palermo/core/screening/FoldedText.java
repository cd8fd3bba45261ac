package org.palermo.core.screening;

import java.util.Arrays;

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
    /** The automaton run while folding, and its hits: pairs (folded end, row of a state that completes phrases). */
    private final PhraseMatcher.Automaton automaton;
    private final int[] candidates;
    private final int candidateCount;
    /** The words that start with a digit, in text order (the first {@link #numberCount}). */
    final int[] numbers;
    final int numberCount;
    /** The words that start with an ASCII capital, in text order (the first {@link #capitalisedCount}). */
    final int[] capitalised;
    final int capitalisedCount;

    private FoldedText(Folder folder) {
        this.chars = folder.chars;
        this.length = folder.length;
        this.words = folder.words;
        this.starts = folder.starts;
        this.ends = folder.ends;
        this.origins = folder.origins;
        this.numbers = folder.numbers;
        this.numberCount = folder.numberCount;
        this.capitalised = folder.capitalised;
        this.capitalisedCount = folder.capitalisedCount;
        this.automaton = folder.automaton;
        this.candidates = folder.candidates;
        this.candidateCount = folder.candidateCount;
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
        return of(text, PhraseMatcher.Automaton.NONE);
    }

    /**
     * Folds {@code text} and runs {@code automaton} (anchored at word starts) over the folded text in the same
     * pass: the text is read once, and the automaton's chain of dependent table reads overlaps the folding work.
     * The states that complete a phrase are kept, with where, for {@link PhraseMatcher#find}.
     */
    static FoldedText of(String text, PhraseMatcher.Automaton automaton) {
        return new Folder(text, automaton).fold();
    }

    /** One pass over the text: folds it and records its words. */
    private static final class Folder {
        private final char[] source;
        private char[] chars;
        private int length;
        private int words;
        private int[] starts;
        private int[] ends;
        private int[] origins;
        private int[] numbers;
        private int numberCount;
        private int[] capitalised;
        private int capitalisedCount;
        /** Whether the last char folded was a letter or digit: its word has no end yet. */
        private boolean inWord;
        private final PhraseMatcher.Automaton automaton;
        private int row;
        private int[] candidates;
        private int candidateCount;

        Folder(String text, PhraseMatcher.Automaton automaton) {
            this.automaton = automaton;
            source = text.toCharArray(); // the loop reads an array, not String.charAt
            int n = source.length;
            chars = new char[n + 2]; // folding never lengthens text without pictographs; see pictograph()
            int wordCapacity = n / 4 + 4; // grown when an ad has shorter words than that
            starts = new int[wordCapacity];
            ends = new int[wordCapacity];
            origins = new int[wordCapacity];
            numbers = new int[wordCapacity];
            capitalised = new int[wordCapacity];
        }

        FoldedText fold() {
            int n = source.length;
            int i = foldUntilRare(0);
            while (i < n) {
                i += pictograph(i, FOLD[source[i]]);
                i = foldUntilRare(i);
            }
            if (inWord) {
                ends[words - 1] = length;
            }
            return new FoldedText(this);
        }

        /**
         * The hot loop: folds from source index {@code from} to the end or to the first pictograph or high
         * surrogate, and returns where it stopped. The state lives in locals here and in the fields between calls:
         * with the rare cases (pictographs) inside, the loop ran a good deal slower.
         */
        private int foldUntilRare(int from) {
            char[] source = this.source;
            char[] chars = this.chars;
            int length = this.length;
            int words = this.words;
            boolean inWord = this.inWord;
            int[] next = automaton.next();
            short[] symbolOf = automaton.symbolOf();
            int space = automaton.space();
            int row = this.row;
            int i = from;
            for (; i < source.length; i++) {
                char folded = FOLD[source[i]];
                if (folded > HIGH_SURROGATE) {
                    if (!inWord) {
                        if (words == starts.length) {
                            growWords(2 * words);
                        }
                        if (length > 0) {
                            chars[length++] = ' ';
                        }
                        recordWord(words++, length, i);
                        inWord = true;
                        row = next[row + space] & ~PhraseMatcher.HAS_OUTPUT; // the space before every word
                    }
                    chars[length++] = folded;
                    int target = next[row + symbolOf[folded]];
                    row = target & ~PhraseMatcher.HAS_OUTPUT;
                    if (target < 0) {
                        candidate(length, row);
                    }
                } else if (folded == SEPARATOR) {
                    if (inWord) {
                        ends[words - 1] = length;
                        inWord = false;
                    }
                } else {
                    break;
                }
            }
            this.length = length;
            this.words = words;
            this.inWord = inWord;
            this.row = row;
            return i;
        }

        /** Word {@code w} starts at folded {@code start}, source index {@code i}. */
        private void recordWord(int w, int start, int i) {
            starts[w] = start;
            origins[w] = i;
            int mark = MARKS[source[i]];
            numbers[numberCount] = w;
            numberCount += mark & 1;
            capitalised[capitalisedCount] = w;
            capitalisedCount += mark >> 1;
        }

        private void growWords(int capacity) {
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            origins = Arrays.copyOf(origins, capacity);
            numbers = Arrays.copyOf(numbers, capacity);
            capitalised = Arrays.copyOf(capitalised, capacity);
        }

        /**
         * Folds the pictograph (or separator) at source index {@code i}; returns how many source chars it took.
         * A pictograph is a word of its own: it lengthens the folded text by up to two spaces (before and after
         * it), so the array grows to keep room for the rest of the text plus those.
         */
        private int pictograph(int i, char folded) {
            if (inWord) {
                ends[words - 1] = length;
                inWord = false;
            }
            int width = folded == PICTOGRAPH ? 1 : surrogatePictographWidth(i);
            if (width == 0) {
                return 1; // a high surrogate that is no pictograph separates words
            }
            int needed = length + 2 * width + (source.length - i) + 4;
            if (needed > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(needed, 2 * chars.length));
            }
            if (words == starts.length) {
                growWords(2 * words);
            }
            if (length > 0) {
                chars[length++] = ' ';
            }
            recordWord(words, length, i);
            step(automaton.space());
            for (int k = 0; k < width; k++) {
                chars[length++] = source[i + k];
                step(automaton.symbolOf()[source[i + k]]);
            }
            ends[words++] = length;
            return width;
        }

        private void step(int symbol) {
            int target = automaton.next()[row + symbol];
            row = target & ~PhraseMatcher.HAS_OUTPUT;
            if (target < 0) {
                candidate(length, row);
            }
        }

        /** State {@code row} completes phrases ending at folded {@code end}: kept for the matcher. */
        private void candidate(int end, int row) {
            if (candidates == null) {
                candidates = new int[16];
            } else if (2 * candidateCount == candidates.length) {
                candidates = Arrays.copyOf(candidates, 2 * candidates.length);
            }
            candidates[2 * candidateCount] = end;
            candidates[2 * candidateCount++ + 1] = row;
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

    PhraseMatcher.Automaton automaton() {
        return automaton;
    }

    int[] candidates() {
        return candidates;
    }

    int candidateCount() {
        return candidateCount;
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
