package org.palermo.core.linking;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.palermo.core.identifiers.Identifier;

/**
 * Turns an ad's text into a set of hashed word-bigram shingles, after masking what varies between copies of one
 * template: identifiers (by their extracted spans), numbers (ages, prices, dates) and the words of the ad's
 * city. Runs of one mask collapse, so "555 123 4567" and "555-1234567" both become one number slot. Names are
 * not masked: they cost a copy only two bigrams each, while capitalised words (agency names, streets) are among
 * the most telling words of a template.
 *
 * <p>Word bigrams survive a random word edit better than the word 5-grams InfoShield ranks (an edit breaks at
 * most two bigrams), and are more specific than single words. The result is sorted and distinct; when an ad has
 * more than {@code max} shingles, the smallest hashes are kept, so two copies keep the same sample.
 */
public final class Shingles {

    static final int IDENTIFIER = 0x1D_0001;
    static final int NUMBER = 0x1D_0002;
    static final int NAME = 0x1D_0003;

    private Shingles() {
    }

    public static int[] of(String text, List<Identifier> identifiers, String city, int max) {
        int[] tokens = tokens(text, identifiers, city);
        if (tokens.length < 2) {
            return tokens.length == 1 ? new int[] {mix(tokens[0])} : new int[0];
        }
        int[] shingles = new int[tokens.length - 1];
        for (int i = 0; i + 1 < tokens.length; i++) {
            shingles[i] = mix(tokens[i] * 0x9E3779B1 + tokens[i + 1]);
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[i - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return Arrays.copyOf(shingles, Math.min(distinct, max));
    }

    /** Token hashes of the masked text, in order. Visible for tests and benchmarks. */
    static int[] tokens(String text, List<Identifier> identifiers, String city) {
        String cityLower = city == null ? "" : " " + city.toLowerCase(Locale.ROOT) + " ";
        int[] out = new int[16];
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int token = classify(text, start, i, identifiers, cityLower);
            if (count > 0 && token == out[count - 1] && token >= IDENTIFIER && token <= NAME) {
                continue;
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = token;
        }
        return Arrays.copyOf(out, count);
    }

    private static int classify(String text, int start, int end, List<Identifier> identifiers, String cityLower) {
        for (Identifier identifier : identifiers) {
            if (start < identifier.end() && end > identifier.start()) {
                return IDENTIFIER;
            }
        }
        for (int k = start; k < end; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return NUMBER;
            }
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (!cityLower.isBlank() && cityLower.contains(" " + word + " ")) {
            return NAME;
        }
        int h = word.hashCode();
        return h >= IDENTIFIER && h <= NAME ? h + 3 : h;
    }

    static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        x *= 0xC2B2AE35;
        x ^= x >>> 16;
        return x;
    }

    /**
     * The exact Jaccard similarity of two sorted distinct rows of one array when it reaches {@code threshold},
     * else any smaller value (the merge stops as soon as the threshold is out of reach).
     */
    static double jaccardAtLeast(int[] data, int aFrom, int aTo, int bFrom, int bTo, double threshold) {
        int na = aTo - aFrom;
        int nb = bTo - bFrom;
        int needed = (int) Math.ceil(threshold * (na + nb) / (1 + threshold) - 1e-9);
        if (Math.min(na, nb) < needed) {
            return 0;
        }
        int i = aFrom;
        int j = bFrom;
        int common = 0;
        while (i < aTo && j < bTo) {
            if (common + Math.min(aTo - i, bTo - j) < needed) {
                return 0;
            }
            int x = data[i];
            int y = data[j];
            if (x < y) {
                i++;
            } else if (x > y) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        int union = na + nb - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** Exact Jaccard similarity of two sorted distinct arrays. */
    public static double jaccard(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int i = aFrom;
        int j = bFrom;
        int common = 0;
        while (i < aTo && j < bTo) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        int union = (aTo - aFrom) + (bTo - bFrom) - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
