package org.palermo.core.world;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The small differences between reposts of one template: word substitutions, insertions, deletions, swaps
 * and typos. InfoShield's recall collapses under three such edits (DOMAIN.md §3), so they matter for linking.
 */
final class TextEdits {

    private TextEdits() {
    }

    /** Applies {@code count} random edits to random lines, in place. */
    static void apply(List<String> lines, int count, SplittableRandom random) {
        if (lines.isEmpty()) {
            return;
        }
        for (int e = 0; e < count; e++) {
            int index = random.nextInt(lines.size());
            lines.set(index, edit(lines.get(index), random));
        }
    }

    static String edit(String line, SplittableRandom random) {
        String[] words = line.split(" ", -1);
        if (words.length < 2) {
            return typo(line, random);
        }
        int at = random.nextInt(words.length);
        switch (random.nextInt(5)) {
            case 0 -> words[at] = substitute(words[at], random);
            case 1 -> words[at] = Phrases.FILLER_WORDS[random.nextInt(Phrases.FILLER_WORDS.length)] + " " + words[at];
            case 2 -> {
                if (words.length > 3) {
                    words[at] = null;
                }
            }
            case 3 -> {
                int next = at + 1 < words.length ? at + 1 : at - 1;
                String swap = words[at];
                words[at] = words[next];
                words[next] = swap;
            }
            default -> words[at] = typo(words[at], random);
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (String word : words) {
            if (word == null) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private static String substitute(String word, SplittableRandom random) {
        for (int i = 0; i < Phrases.SYNONYM_FROM.length; i++) {
            if (Phrases.SYNONYM_FROM[i].equalsIgnoreCase(word)) {
                return Phrases.SYNONYM_TO[i];
            }
        }
        return typo(word, random);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Swaps, drops or doubles a letter inside a word of four letters or more. */
    static String typo(String word, SplittableRandom random) {
        if (hasDigit(word)) {
            return word;
        }
        if (word.length() < 4) {
            return word.toLowerCase(java.util.Locale.ROOT).equals(word) ? word.toUpperCase(java.util.Locale.ROOT)
                    : word.toLowerCase(java.util.Locale.ROOT);
        }
        int i = 1 + random.nextInt(word.length() - 2);
        StringBuilder out = new StringBuilder(word);
        switch (random.nextInt(3)) {
            case 0 -> {
                char c = out.charAt(i);
                out.setCharAt(i, out.charAt(i + 1));
                out.setCharAt(i + 1, c);
            }
            case 1 -> out.deleteCharAt(i);
            default -> out.insert(i, out.charAt(i));
        }
        return out.toString();
    }
}
