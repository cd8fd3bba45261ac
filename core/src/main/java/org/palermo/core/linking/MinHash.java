package org.palermo.core.linking;

import java.util.SplittableRandom;

/**
 * MinHash signatures and LSH band keys of shingle sets. Hash functions are multiply-shift hashes drawn from a
 * seeded generator, so the same seed always gives the same keys (an index built today still matches tomorrow).
 */
public final class MinHash {

    /** Band keys use the top bits of a long; the low bits carry the ad's index in the postings. */
    static final int KEY_BITS = 38;

    private final int bands;
    private final int rows;
    private final long[] multipliers;
    private final long[] offsets;

    public MinHash(long seed, int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[bands * rows];
        offsets = new long[bands * rows];
        for (int i = 0; i < multipliers.length; i++) {
            multipliers[i] = random.nextLong() | 1L;
            offsets[i] = random.nextLong();
        }
    }

    public static MinHash of(LinkSettings settings) {
        return new MinHash(settings.seed(), settings.bands(), settings.rows());
    }

    /** The signature: for each hash function, the minimum over the shingles (unsigned 32-bit values). */
    public int[] signature(int[] shingles) {
        int[] signature = new int[multipliers.length];
        for (int h = 0; h < multipliers.length; h++) {
            long a = multipliers[h];
            long b = offsets[h];
            long min = Long.MAX_VALUE;
            for (int s : shingles) {
                long v = (a * s + b) >>> 32;
                if (v < min) {
                    min = v;
                }
            }
            signature[h] = (int) min;
        }
        return signature;
    }

    /** One key per band, each a {@value #KEY_BITS}-bit hash of the band's index and rows. */
    public long[] bandKeys(int[] shingles) {
        int[] signature = signature(shingles);
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = 0x9E3779B97F4A7C15L * (band + 1);
            for (int r = 0; r < rows; r++) {
                h = mix64(h ^ (signature[band * rows + r] & 0xFFFFFFFFL));
            }
            keys[band] = h >>> (64 - KEY_BITS);
        }
        return keys;
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
