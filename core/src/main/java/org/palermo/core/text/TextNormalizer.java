package org.palermo.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Folds text for identifier scanning in one linear pass: lower case; NFKC compatibility forms (fullwidth, circled,
 * mathematical, superscript digits and letters); decimal digits of every script; circled digits that NFKC leaves
 * alone (dingbats, negative and double circled); keycap emoji ({@code 1️⃣}); Cyrillic and Greek letters that look
 * like Latin ones ({@link Confusables}); typographic dashes and quotes to ASCII; invisible characters (zero-width,
 * variation selectors, combining marks) dropped. Stateless and thread-safe.
 */
public final class TextNormalizer {

    private static final String DROP = "";
    private static final String[] BMP = buildBmpTable();
    /** A-Z to a-z, every other ASCII character to itself. */
    private static final char[] ASCII_LOWER = asciiLower();

    private TextNormalizer() {
    }

    /** The folding of a text of ASCII only, which {@code scan} has lower-cased already. */
    public static NormalizedText normalize(AsciiScan scan) {
        return NormalizedText.ascii(scan.text(), scan.loweredText(), scan.lowered());
    }

    public static NormalizedText normalize(String original) {
        int n = original.length();
        char[] chars = new char[n];
        original.getChars(0, n, chars, 0);
        // one pass lowers ASCII in place; the first other character hands over to the general path
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c >= 128) {
                return foldFrom(original, chars, i);
            }
            chars[i] = ASCII_LOWER[c];
        }
        return NormalizedText.ascii(original, new String(chars), chars);
    }

    /** The general path: chars[0, from) already holds the lowered ASCII prefix, which maps one to one. */
    private static NormalizedText foldFrom(String original, char[] chars, int from) {
        Builder out = new Builder(chars, from, original.length());
        int i = from;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (c < 128) {
                out.append(ASCII_LOWER[c], i, i + 1, false);
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            String folded = width == 1 ? BMP[cp] : fold(cp);
            if (folded == null) {
                out.append(c, i, i + 1, false);
            } else if (folded.isEmpty()) {
                out.absorb(i + width);
            } else {
                for (int k = 0; k < folded.length(); k++) {
                    out.append(folded.charAt(k), i, i + width, true);
                }
            }
            i += width;
        }
        return out.build(original);
    }

    private static char[] asciiLower() {
        char[] table = new char[128];
        for (char c = 0; c < 128; c++) {
            table[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return table;
    }

    private static String[] buildBmpTable() {
        String[] table = new String[0x10000];
        for (int cp = 128; cp < 0x10000; cp++) {
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            String folded = fold(cp);
            table[cp] = folded.equals(String.valueOf((char) cp)) ? null : folded;
        }
        return table;
    }

    /** The folded form of one code point: "" to drop it. */
    static String fold(int cp) {
        int lower = Character.toLowerCase(cp);
        String special = Confusables.of(lower);
        if (special != null) {
            return special;
        }
        int type = Character.getType(lower);
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return DROP;
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return String.valueOf((char) ('0' + Character.digit(lower, 10)));
        }
        if (type == Character.SPACE_SEPARATOR) {
            return " ";
        }
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return "\n";
        }
        String nfkc = Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFKC);
        return nfkc.toLowerCase(Locale.ROOT);
    }

    private static final class Builder {
        private char[] text;
        private int[] start;
        private int[] end;
        private boolean[] disguised;
        private int size;

        /** Takes over chars[0, prefix) as folded characters that each stand for the original one at their index. */
        Builder(char[] chars, int prefix, int capacity) {
            int length = Math.max(16, capacity);
            text = chars.length == length ? chars : Arrays.copyOf(chars, length);
            start = new int[length];
            end = new int[length];
            disguised = new boolean[length];
            for (int k = 0; k < prefix; k++) {
                start[k] = k;
                end[k] = k + 1;
            }
            size = prefix;
        }

        void append(char c, int originStart, int originEnd, boolean wasDisguised) {
            if (size == start.length) {
                int grown = size * 2;
                text = Arrays.copyOf(text, grown);
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                disguised = Arrays.copyOf(disguised, grown);
            }
            text[size] = c;
            start[size] = originStart;
            end[size] = originEnd;
            disguised[size] = wasDisguised;
            size++;
        }

        /** A dropped character joins the previous folded character, which then counts as disguised. */
        void absorb(int originEnd) {
            if (size > 0) {
                end[size - 1] = originEnd;
                disguised[size - 1] = true;
            }
        }

        NormalizedText build(String original) {
            return new NormalizedText(original, Arrays.copyOf(text, size), start, end, disguised);
        }
    }
}
