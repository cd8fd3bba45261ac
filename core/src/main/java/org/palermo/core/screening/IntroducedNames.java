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

    /**
     * A cheap filter for the capitalised word {@code w}: three chars or more, after a word of at most five that
     * starts like a cue. Web pages have many capitalised words and few pass; computed without branches ({@code &},
     * not {@code &&}), since a branch per test would be mispredicted about every other word.
     */
    private static boolean mayBeIntroduced(FoldedText f, int w) {
        int cue = Math.max(w - 1, 0);
        int cueStart = f.starts[cue];
        char first = f.chars[cueStart];
        return (w >= 1) & (f.ends[w] - f.starts[w] >= 3) & (f.ends[cue] - cueStart <= 5)
                & (first == 'n' | first == 'm' | first == 'i' | first == 's' | first == 'f' | first == 'a');
    }

    private static boolean introduced(FoldedText f, int w) {
        int cue = w - 1;
        return f.wordIs(cue, "names") || f.wordIs(cue, "meet") || f.wordIs(cue, "im")
                || (f.wordIs(cue, "is") && f.wordIs(cue - 1, "name") && f.wordIs(cue - 2, "my"))
                || (f.wordIs(cue, "s") && f.wordIs(cue - 1, "name"))
                || (f.wordIs(cue, "for") && f.wordIs(cue - 1, "ask"))
                || (f.wordIs(cue, "me") && f.wordIs(cue - 1, "call"))
                || ((f.wordIs(cue, "m") || f.wordIs(cue, "am")) && f.wordIs(cue - 1, "i"));
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
