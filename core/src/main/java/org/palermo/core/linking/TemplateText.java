package org.palermo.core.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The template of a cluster for display, as InfoShield shows one: the shared text with the positions that vary
 * replaced by a slot ({@value #SLOT}). The medoid member (most similar to the others by word Jaccard) is the
 * skeleton; each other member is aligned to it word by word (longest common subsequence), and a medoid word that
 * fewer than half of the others keep in the alignment becomes a slot. Consecutive slots collapse.
 */
public final class TemplateText {

    public static final String SLOT = "[…]";

    private TemplateText() {
    }

    /** The display template of some member texts (a sample of a cluster is enough). */
    public static String of(List<String> texts) {
        if (texts.isEmpty()) {
            return "";
        }
        List<String[]> words = new ArrayList<>();
        for (String text : texts) {
            words.add(text.trim().split("\\s+"));
        }
        int medoid = medoid(words);
        String[] skeleton = words.get(medoid);
        int[] kept = new int[skeleton.length];
        for (int k = 0; k < words.size(); k++) {
            if (k != medoid) {
                markAligned(skeleton, words.get(k), kept);
            }
        }
        int others = words.size() - 1;
        StringBuilder out = new StringBuilder();
        boolean lastSlot = false;
        for (int i = 0; i < skeleton.length; i++) {
            boolean slot = others > 0 && kept[i] * 2 < others;
            if (slot && lastSlot) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(slot ? SLOT : skeleton[i]);
            lastSlot = slot;
        }
        return out.toString();
    }

    private static int medoid(List<String[]> words) {
        List<Set<String>> sets = new ArrayList<>();
        for (String[] w : words) {
            sets.add(new HashSet<>(List.of(w)));
        }
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < sets.size(); i++) {
            double score = 0;
            for (int j = 0; j < sets.size(); j++) {
                if (i != j) {
                    score += jaccard(sets.get(i), sets.get(j));
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        int union = a.size() + b.size() - common;
        return union == 0 ? 1 : (double) common / union;
    }

    /** Adds one to kept[i] for each skeleton word that the longest common subsequence with other keeps. */
    private static void markAligned(String[] skeleton, String[] other, int[] kept) {
        int n = skeleton.length;
        int m = other.length;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = skeleton[i].equals(other[j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (skeleton[i].equals(other[j])) {
                kept[i]++;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }
}
