package org.palermo.core.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * One pass over a text of ASCII characters only (most ads) that does what the scanners would otherwise each do in a
 * pass of their own: the text lower-cased (what {@link TextNormalizer} makes of ASCII text), its words (runs of
 * letters and digits, the phone scanner's tokens) with the kinds of char in each, and the words lower-cased with
 * one space between them (how screening folds text for phrase matching). On ASCII text the three agree on what a
 * word is, so the words are found once. Screening a page reads it once here instead of three times.
 *
 * <p>The pass reads eight chars at a time as one {@code long} (SWAR: the lower-casing and the tests for digits and
 * letters are arithmetic on all eight bytes at once: L. Lamport, "Multiple byte processing with full-word
 * instructions", CACM 18(8), 1975; the range test is the "has between" trick of S. E. Anderson's Bit Twiddling
 * Hacks, with no byte over 0x7F) and keeps
 * one bit per char in 64-char bitmaps of digits and of letters-or-digits. Word starts and ends are the changes in
 * that bitmap, so a word costs a few operations instead of each char costing a dozen: a char-by-char pass (one
 * table lookup and three stores per char, no branch) took 4.5 us per real page, this one 3.4 us. Immutable after
 * {@link #of}; the arrays are shared with the scanners, which only read them.
 */
public final class AsciiScan {

    /** Kinds of char in a word, OR-ed: {@link #kinds(int)}. */
    public static final int DIGIT = 1;
    public static final int LETTER = 2;
    private static final int KIND_BITS = 7;
    /** Word bounds keep a position in 28 bits and the kinds in 3: longer texts are not scanned here. */
    private static final int MAX_LENGTH = (1 << 28) - 1;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Multiplier that gathers the low bit of each byte into the top byte (byte j's to bit 56 + j). */
    private static final long PACK = 0x0102040810204080L;

    private final String text;
    private final String loweredText;
    private final char[] lowered;
    /**
     * Word {@code w} is chars [bounds[2w] >>> 3, bounds[2w + 1] >>> 3); the low three bits of its end hold the
     * kinds of char in it.
     */
    private final int[] bounds;
    private final int words;
    private final char[] folded;
    private final int foldedLength;

    private AsciiScan(String text, String loweredText, int[] bounds, int words, char[] folded, int foldedLength) {
        this.text = text;
        this.loweredText = loweredText;
        this.lowered = loweredText.toCharArray();
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
        // a text with an emoji at its end is turned away before the passes below, not at its end
        byte[] ascii = text.getBytes(StandardCharsets.UTF_8);
        if (ascii.length != n) {
            return null;
        }
        int blocks = (n >>> 6) + 1; // bit i of block i / 64 is char i; position n (where a last word ends) included
        long[] digits = new long[blocks];
        long[] alnums = new long[blocks];
        byte[] lower = new byte[n + 2 * Long.BYTES]; // room to copy a word's last sixteen bytes at once
        for (int b = 0, i = 0; b < blocks; b++) {
            long d = 0;
            long a = 0;
            for (int to = Math.min(i + 64, n); i < to; i += Long.BYTES) {
                long x = i + Long.BYTES <= n ? (long) LONGS.get(ascii, i) : tail(ascii, i, n);
                long upper = inRange(x, 'A', 'Z');
                LONGS.set(lower, i, x | upper >>> 2); // 'A' + 0x20 is 'a'; upper holds 0x80 in each upper-case byte
                long digit = inRange(x, '0', '9');
                d |= pack(digit) << i; // i is a multiple of 8 below 64 in its block (shifts are mod 64)
                a |= pack(digit | upper | inRange(x, 'a', 'z')) << i;
            }
            digits[b] = d;
            alnums[b] = a;
        }
        // a word starts at a letter or digit after anything else and ends (exclusive) at anything else after one
        long[] edges = new long[blocks];
        int words = 0;
        long carry = 0; // 1 when the last char of the block before is a letter or digit
        for (int b = 0; b < blocks; b++) {
            long word = alnums[b];
            long before = word << 1 | carry;
            long starts = word & ~before;
            edges[b] = starts | before & ~word;
            words += Long.bitCount(starts);
            carry = word >>> 63;
        }
        int[] bounds = new int[2 * words];
        byte[] folded = new byte[n + 2 * Long.BYTES]; // a word is copied in eights, at least two: up to 16 bytes past it
        int length = 0;
        long e = edges[0];
        for (int w = 0, b = 0; w < words; w++) {
            while (e == 0) {
                e = edges[++b];
            }
            int start = b << 6 | Long.numberOfTrailingZeros(e);
            e &= e - 1;
            while (e == 0) {
                e = edges[++b];
            }
            int end = b << 6 | Long.numberOfTrailingZeros(e);
            e &= e - 1;
            bounds[2 * w] = start << 3;
            bounds[2 * w + 1] = end << 3 | kinds(digits, start, end);
            // the word lower-cased, then one space; the folded text never runs ahead of the text (length <= start).
            // Sixteen bytes are copied whatever the word's length (few words are longer), then the rest if any
            LONGS.set(folded, length, (long) LONGS.get(lower, start));
            LONGS.set(folded, length + Long.BYTES, (long) LONGS.get(lower, start + Long.BYTES));
            for (int k = 2 * Long.BYTES; k < end - start; k += Long.BYTES) {
                LONGS.set(folded, length + k, (long) LONGS.get(lower, start + k));
            }
            length += end - start;
            folded[length++] = ' ';
        }
        if (words > 0) {
            length--; // the space after the last word
        }
        String loweredText = new String(lower, 0, n, StandardCharsets.ISO_8859_1);
        return new AsciiScan(text, loweredText, bounds, words,
                new String(folded, 0, length, StandardCharsets.ISO_8859_1).toCharArray(), length);
    }

    /** Bit 7 set in each byte of {@code x} (all below 0x80) that lies in [lo, hi], all other bits clear. */
    private static long inRange(long x, int lo, int hi) {
        long atLeastLo = x + ONES * (0x80 - lo); // no byte carries into the next: each stays below 0x100
        long aboveHi = x + ONES * (0x7F - hi);
        return atLeastLo & ~aboveHi & HIGH_BITS;
    }

    /** The high bits of the eight bytes of {@code flags} (only high bits set) as the eight low bits, byte 0 lowest. */
    private static long pack(long flags) {
        return (flags >>> 7) * PACK >>> 56; // each flag lands on its own bit of the top byte, no two on one bit
    }

    /** The last {@code n - from} (1 to 7) bytes from {@code from}, little-endian, zeros above. */
    private static long tail(byte[] ascii, int from, int n) {
        long x = 0;
        for (int i = n - 1; i >= from; i--) {
            x = x << 8 | ascii[i];
        }
        return x;
    }

    /**
     * {@link #DIGIT} and {@link #LETTER} for the kinds of char in the word [start, end), read from the digits'
     * bitmap: every char of a word that is no digit is a letter.
     */
    private static int kinds(long[] digits, int start, int end) {
        int last = end - 1;
        int first = start >>> 6;
        int lastBlock = last >>> 6;
        long from = -1L << start; // shifts are mod 64
        long to = -1L >>> 63 - (last & 63);
        // in one block the word is from & to; over two or more, from in the first and to in the last (no branch)
        long apart = -(long) ((first - lastBlock) >>> 31); // all ones when the word spans blocks
        long inFirst = from & (to | apart);
        long inLast = to & (from | apart);
        long firstDigits = digits[first] & inFirst;
        long lastDigits = digits[lastBlock] & inLast;
        long d = firstDigits | lastDigits;
        long letters = firstDigits ^ inFirst | lastDigits ^ inLast;
        for (int b = first + 1; b < lastBlock; b++) { // words over 64 chars
            d |= digits[b];
            letters |= ~digits[b];
        }
        return (int) ((d | -d) >>> 63) * DIGIT | (int) ((letters | -letters) >>> 63) * LETTER;
    }

    /** The text scanned. */
    public String text() {
        return text;
    }

    /** The text lower-cased. */
    public String loweredText() {
        return loweredText;
    }

    /** The chars of {@link #loweredText()}: read only. */
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
