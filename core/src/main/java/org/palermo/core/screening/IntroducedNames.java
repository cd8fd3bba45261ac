package org.palermo.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds names introduced in an ad ("my name is Anna", "ask for Maria", "I'm Lola", "meet Jade") in one pass over the
 * folded words that start with a capital: a capitalised word of three or more ASCII letters right after an introducing cue.
 */
final class IntroducedNames {

    static final Set<String> NOT_NAMES = Set.of(
            "available", "back", "here", "new", "ready", "sweet", "young", "your", "you", "the", "now", "today",
            "tonight", "real", "very", "not", "just", "only", "also", "always", "open", "free", "fun", "friendly",
            "sexy", "hot", "beautiful", "gorgeous", "petite", "independent", "visiting", "waiting", "looking",
            "discreet", "professional", "clean", "safe", "hungry", "happy", "down", "out", "off", "anytime", "incall",
            "outcall", "text", "call", "him", "her", "them", "our", "this", "that", "tall", "blonde", "brunette",
            "latina", "asian", "ebony", "exotic", "mature", "educated", "experienced", "easy", "into", "over", "under",
            "from", "with", "and", "for", "sure", "all", "any", "one", "who", "what", "soft", "curvy", "slim");

    /** The cues that introduce a name, as folded words; the name is the word right after the last one. */
    private static final List<List<String>> CUES = List.of(List.of("names"), List.of("meet"), List.of("im"),
            List.of("my", "name", "is"), List.of("name", "s"), List.of("ask", "for"), List.of("call", "me"),
            List.of("i", "m"), List.of("i", "am"));

    /** {@link #key} of the last word of each cue. */
    private static final long[] CUE_KEYS = CUES.stream()
            .mapToLong(cue -> {
                String last = cue.get(cue.size() - 1);
                return key(last.length(), last.charAt(0), last.length() > 1 ? last.charAt(1) : ' ');
            })
            .distinct().toArray();

    private IntroducedNames() {
    }

    static List<Span> find(FoldedText folded, String text) {
        List<Span> names = List.of(); // most ads introduce no name: no list for them
        for (int k = 0; k < folded.capitalisedCount; k++) {
            int w = folded.capitalised[k];
            if (mayBeIntroduced(folded, w) && introduced(folded, w)
                    && capitalised(text, folded.originStart(w), folded.originEnd(w))
                    && !NOT_NAMES.contains(new String(folded.chars, folded.starts[w], folded.ends[w] - folded.starts[w]))) {
                if (names.isEmpty()) {
                    names = new ArrayList<>();
                }
                names.add(folded.wordSpan(text, w, w));
            }
        }
        return names;
    }

    /** A word's length with its first two folded chars (the second of a one-letter word is the space after it). */
    private static long key(int length, char first, char second) {
        return (long) length << 32 | first << 16 | second;
    }

    /**
     * A cheap filter for the capitalised word {@code w}: three chars or more, after a word whose length and first
     * two chars are those of a cue's last word. Web pages have many capitalised words (72 per page on dig-ads) and
     * few pass; computed without branches ({@code &}, not {@code &&}), since a branch per test would be
     * mispredicted often.
     */
    private static boolean mayBeIntroduced(FoldedText f, int w) {
        int cue = Math.max(w - 1, 0);
        int cueStart = f.starts[cue];
        // the cue is followed by a space and w, so its second char is there; w == 0 is its own cue, maybe the last
        long key = key(f.ends[cue] - cueStart, f.chars[cueStart], f.chars[Math.min(cueStart + 1, f.length - 1)]);
        boolean cueLike = false;
        for (long cueKey : CUE_KEYS) {
            cueLike |= key == cueKey;
        }
        return (w >= 1) & (f.ends[w] - f.starts[w] >= 3) & cueLike;
    }

    private static boolean introduced(FoldedText f, int w) {
        for (List<String> cue : CUES) {
            if (endsAt(f, w - 1, cue)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words up to {@code last} are the cue's, compared from the last (common words end few cues). */
    private static boolean endsAt(FoldedText f, int last, List<String> cue) {
        for (int k = cue.size() - 1; k >= 0; k--) {
            if (!f.wordIs(last - (cue.size() - 1 - k), cue.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String text, int start, int end) {
        if (end - start < 3 || text.charAt(start) < 'A' || text.charAt(start) > 'Z') {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
